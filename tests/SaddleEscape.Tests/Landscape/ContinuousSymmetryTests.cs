using MathNet.Numerics.LinearAlgebra;
using SaddleEscape.Landscape;
using SaddleEscape.Manifolds;
using SaddleEscape.Objectives;
using SaddleEscape.Problems;
using SaddleEscape.Tests.Problems;
using System.Numerics.Tensors;
using Xunit.Abstractions;

namespace SaddleEscape.Tests.Landscape;

public sealed class ContinuousSymmetryTests(ITestOutputHelper output)
{
    private static Matrix<double> Gaussian(int rows, int columns, int seed) => SymmetricMatrixCompletionTests.Target(rows, columns, seed).UStar;

    private static double[] Flat(params Matrix<double>[] blocks) => [.. blocks.SelectMany(SymmetricMatrixCompletionTests.Flat)];

    /// <summary>max_k |⟨∇f(x), ξ_k(x)⟩| / (‖∇f‖‖ξ_k‖): 0 when every generator is a first-order invariance of f at x.</summary>
    private static double WorstGradientCosine(IObjective f, ContinuousSymmetry symmetry, double[] x)
    {
        var gradient = new double[f.Dimension];
        f.ValueAndGradient(x, gradient);
        return symmetry.Tangents(x).Max(t => Math.Abs(TensorPrimitives.Dot(gradient, t)) / (TensorPrimitives.Norm(gradient) * TensorPrimitives.Norm(t)));
    }

    /// <summary>max over the orthonormal orbit basis Q of ‖H q‖, relative to λ_max (estimated by the certificate's Lanczos), and |Q|.</summary>
    private (double Relative, int Count) NullSpaceResidual(IObjective f, ContinuousSymmetry symmetry, double[] x)
    {
        var basis = symmetry.OrbitBasis(x, new Euclidean(f.Dimension));
        var oracle = new Oracle(f);
        var product = new double[f.Dimension];
        double worst = 0;
        foreach (var q in basis)
        {
            oracle.HessianVectorProduct(x, q, product);
            worst = Math.Max(worst, TensorPrimitives.Norm(product));
        }

        double top = Lanczos.ExtremeEigenpairs(new RiemannianHessianOperator(oracle, new Euclidean(f.Dimension), x)).MaxEigenvalue;
        output.WriteLine($"{symmetry.Description}: {basis.Count} directions, max ‖Hq‖ = {worst:G3}, λ_max = {top:G4}");
        return (worst / top, basis.Count);
    }

    public static TheoryData<string> Pairs() => ["symmetric", "completion", "asymmetric-gl", "asymmetric-o", "deep-linear"];

    private static (IObjective F, ContinuousSymmetry Symmetry) Pair(string name) => name switch
    {
        "symmetric" => (new SymmetricMatrixFactorization(SymmetricMatrixCompletionTests.Target(7, 3, 1).M, 3), ContinuousSymmetry.RightOrthogonal(7, 3)),
        "completion" => (SymmetricMatrixCompletion.WithRandomMask(SymmetricMatrixCompletionTests.Target(7, 3, 1).M, 3, 0.5, 2), ContinuousSymmetry.RightOrthogonal(7, 3)),
        "asymmetric-gl" => (new AsymmetricMatrixFactorization(Gaussian(5, 6, 3), 3, 0), ContinuousSymmetry.GeneralLinearFactors(5, 6, 3)),
        "asymmetric-o" => (new AsymmetricMatrixFactorization(Gaussian(5, 6, 3), 3, 0.5), ContinuousSymmetry.OrthogonalFactors(5, 6, 3)),
        _ => (new DeepLinearNetwork(3, Gaussian(3, 7, 4), Gaussian(3, 7, 5)), ContinuousSymmetry.HiddenLayerGeneralLinear(3, 3)),
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void EveryGeneratorIsAFirstOrderInvarianceAtARandomPoint(string name)
    {
        // f(exp(tA)·x) = f(x) gives ⟨∇f(x), ξ_A(x)⟩ = 0 at every x: this checks each factory against its objective's layout.
        var (f, symmetry) = Pair(name);
        var x = TestPoints.Gaussian(f.Dimension, 6);
        Assert.Equal(symmetry.OrbitDimension, symmetry.Tangents(x).Count);
        Assert.True(WorstGradientCosine(f, symmetry, x) < 1e-12, $"{name}: {WorstGradientCosine(f, symmetry, x)}");
    }

    [Fact]
    public void TheBalancingTermBreaksGeneralLinearDownToOrthogonal()
    {
        // ½‖UVᵀ − M‖² + (λ/8)‖UᵀU − VᵀV‖² with λ = 0.5: GL(3)'s symmetric generators change the balancing term.
        var f = new AsymmetricMatrixFactorization(Gaussian(5, 6, 3), 3, 0.5);
        var x = TestPoints.Gaussian(f.Dimension, 6);
        Assert.True(WorstGradientCosine(f, ContinuousSymmetry.GeneralLinearFactors(5, 6, 3), x) > 1e-3);
    }

    [Fact]
    public void AsymmetricFactorizationGeneratorsSpanTheHessiansNullSpaceAtAGlobalMinimum()
    {
        // M = P Σ Rᵀ of rank 3 (5×6, seed 7); U = P√Σ, V = R√Σ is a global minimiser for every λ, balanced (UᵀU = VᵀV = Σ).
        var m = Gaussian(5, 3, 7).TransposeAndMultiply(Gaussian(6, 3, 8));
        var svd = m.Svd();
        var root = Matrix<double>.Build.DiagonalOfDiagonalVector(svd.S.SubVector(0, 3).PointwiseSqrt());
        var x = Flat(svd.U.SubMatrix(0, 5, 0, 3) * root, svd.VT.Transpose().SubMatrix(0, 6, 0, 3) * root);

        var plain = new AsymmetricMatrixFactorization(m, 3, 0);
        var generalLinear = ContinuousSymmetry.GeneralLinearFactors(5, 6, 3);
        var (relative, count) = NullSpaceResidual(plain, generalLinear, x);
        Assert.Equal(9, count);
        Assert.True(relative < 1e-12, $"GL(3) at λ = 0: ‖Hq‖/λ_max = {relative}");

        var balanced = new AsymmetricMatrixFactorization(m, 3, 0.5);
        var orthogonal = ContinuousSymmetry.OrthogonalFactors(5, 6, 3);
        (relative, count) = NullSpaceResidual(balanced, orthogonal, x);
        Assert.Equal(3, count);
        Assert.True(relative < 1e-12, $"O(3) at λ = 0.5: ‖Hq‖/λ_max = {relative}");
        (relative, _) = NullSpaceResidual(balanced, generalLinear, x);
        Assert.True(relative > 1e-3, $"GL(3) is not a symmetry at λ = 0.5, yet ‖Hq‖/λ_max = {relative}");

        // The certificate: with λ = 0 the minimum is degenerate until GL(3) is declared; with λ = 0.5, O(3) suffices and
        // a wrongly declared GL(3) is caught by ‖HQ‖ (no minimum claimed).
        var oracle = new Oracle(plain);
        Assert.Equal(Classification.Degenerate, SecondOrderCertificate.Compute(oracle, new Euclidean(plain.Dimension), x).Classification);
        var certified = SecondOrderCertificate.Compute(oracle, new Euclidean(plain.Dimension), x, new CertificateOptions { Symmetry = generalLinear, KnownMinimum = 0 });
        output.WriteLine($"λ = 0, GL(3): λ_min = {certified.LambdaMin:G4}; {certified.Describe()}");
        Assert.Equal((Classification.LocalMinimum, Optimality.Global), (certified.Classification, certified.Optimality));
        var wrong = SecondOrderCertificate.Compute(new Oracle(balanced), new Euclidean(plain.Dimension), x, new CertificateOptions { Symmetry = generalLinear, KnownMinimum = 0 });
        output.WriteLine($"λ = 0.5, GL(3): {wrong.Describe()}");
        Assert.Equal(Classification.Degenerate, wrong.Classification);
        var right = SecondOrderCertificate.Compute(new Oracle(balanced), new Euclidean(plain.Dimension), x, new CertificateOptions { Symmetry = orthogonal, KnownMinimum = 0 });
        output.WriteLine($"λ = 0.5, O(3): λ_min = {right.LambdaMin:G4}; {right.Describe()}");
        Assert.Equal((Classification.LocalMinimum, Optimality.Global), (right.Classification, right.Optimality));
    }

    [Fact]
    public void DeepLinearNetworkGeneratorsSpanTheHessiansNullSpaceAtAGlobalMinimum()
    {
        // K = 3 layers of width 3 (seeds 9–11), N = 7 inputs (seed 12), targets Y = W₃W₂W₁X: θ is a global minimiser (f = 0).
        // The minimisers {W₃W₂W₁ = A} form a manifold of dimension 3d² − d² = 2d² = 18, the generic GL(3)² orbit.
        var layers = new[] { Gaussian(3, 3, 9), Gaussian(3, 3, 10), Gaussian(3, 3, 11) };
        var inputs = Gaussian(3, 7, 12);
        var f = new DeepLinearNetwork(3, inputs, layers[2] * layers[1] * layers[0] * inputs);
        var x = Flat(layers);
        var symmetry = ContinuousSymmetry.HiddenLayerGeneralLinear(3, 3);
        Assert.Equal(18, symmetry.OrbitDimension);

        var (relative, count) = NullSpaceResidual(f, symmetry, x);
        Assert.Equal(18, count);
        Assert.True(relative < 1e-12, $"‖Hq‖/λ_max = {relative}");

        var oracle = new Oracle(f);
        var plain = SecondOrderCertificate.Compute(oracle, new Euclidean(f.Dimension), x);
        var certified = SecondOrderCertificate.Compute(oracle, new Euclidean(f.Dimension), x, new CertificateOptions { Symmetry = symmetry, KnownMinimum = 0 });
        output.WriteLine($"plain λ_min = {plain.LambdaMin:G3}; projected λ_min = {certified.LambdaMin:G4}; {certified.Describe()}");
        Assert.Equal(Classification.Degenerate, plain.Classification);
        Assert.Equal((Classification.LocalMinimum, Optimality.Global), (certified.Classification, certified.Optimality));
    }

    [Fact]
    public void WhereTheOrbitIsSmallerFewerDirectionsAreKept()
    {
        var symmetry = ContinuousSymmetry.RightOrthogonal(4, 3);
        Assert.Empty(symmetry.OrbitBasis(new double[12], new Euclidean(12)));

        // U = u wᵀ (u, w Gaussian, seeds 13 and 14) has rank 1: its stabiliser is the O(2) fixing w, its orbit 3 − 1 = 2-dimensional.
        // All three generators are nonzero; the third is a combination of the first two, up to rounding.
        var u = SymmetricMatrixCompletionTests.Flat(Gaussian(4, 1, 13).TransposeAndMultiply(Gaussian(3, 1, 14)));
        Assert.All(symmetry.Tangents(u), t => Assert.True(TensorPrimitives.Norm(t) > 0.1));

        var basis = symmetry.OrbitBasis(u, new Euclidean(12));
        Assert.Equal(2, basis.Count);
        for (int a = 0; a < basis.Count; a++)
        {
            for (int b = 0; b < basis.Count; b++)
            {
                Assert.Equal(a == b ? 1 : 0, TensorPrimitives.Dot(basis[a], basis[b]), 14);
            }
        }

        Assert.Throws<ArgumentException>(() => symmetry.Tangents(new double[11]));
        Assert.Throws<InvalidOperationException>(() => new ContinuousSymmetry("bad", 1, _ => [new double[3]]).OrbitBasis(new double[4], new Euclidean(4)));
    }
}
