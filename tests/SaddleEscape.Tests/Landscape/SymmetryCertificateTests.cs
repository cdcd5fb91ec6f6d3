using MathNet.Numerics.LinearAlgebra;
using SaddleEscape.Landscape;
using SaddleEscape.Manifolds;
using SaddleEscape.Minimization;
using SaddleEscape.Objectives;
using SaddleEscape.Optimizers;
using SaddleEscape.Problems;
using SaddleEscape.Tests.Problems;
using System.Numerics.Tensors;
using Xunit.Abstractions;

namespace SaddleEscape.Tests.Landscape;

public sealed class SymmetryCertificateTests(ITestOutputHelper output)
{
    private static Certificate Certify(IObjective f, double[] x, CertificateOptions? options = null, IManifold? manifold = null) =>
        SecondOrderCertificate.Compute(new Oracle(f), manifold ?? new Euclidean(f.Dimension), x, options);

    /// <summary>The whole spectrum of the (Riemannian) Hessian at x, ascending (exhausted Lanczos: the domain is ≤ 400).</summary>
    private static double[] Spectrum(IObjective f, double[] x, IManifold? manifold = null)
    {
        var result = Lanczos.ExtremeEigenpairs(new RiemannianHessianOperator(new Oracle(f), manifold ?? new Euclidean(f.Dimension), x));
        Assert.True(result.Exhausted);
        return result.RitzValues;
    }

    private static string Head(double[] values, int count) => string.Join(", ", values.Take(count).Select(v => v.ToString("G3", System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void AFactorizationMinimumIsALocalMinimumUpToRotationsAndDegenerateWithoutThem()
    {
        // n = 10, r = 3, U* ~ N(0, 1) from seed 21, M = U*U*ᵀ: U* is a global minimiser of ¼‖UUᵀ − M‖², flat along U*·so(3).
        var (uStar, m) = SymmetricMatrixCompletionTests.Target(10, 3, 21);
        var f = new SymmetricMatrixFactorization(m, 3);
        var x = SymmetricMatrixCompletionTests.Flat(uStar);
        var symmetry = ContinuousSymmetry.RightOrthogonal(10, 3);

        var plain = Certify(f, x, new CertificateOptions { KnownMinimum = 0 });
        var projected = Certify(f, x, new CertificateOptions { Symmetry = symmetry, KnownMinimum = 0 });
        var spectrum = Spectrum(f, x);
        output.WriteLine($"spectrum (bottom 5): {Head(spectrum, 5)}");
        output.WriteLine($"plain: λ_min = {plain.LambdaMin:G3}; {plain.Describe()}");
        output.WriteLine($"projected: λ_min = {projected.LambdaMin:G6}, λ_max = {projected.LambdaMax:G6}, ‖HQ‖ = {projected.SymmetryResidual:G3}; {projected.Describe()}");

        // Today's behaviour without the declaration: three zero eigenvalues, so degenerate (and no global/spurious verdict).
        Assert.Equal(Classification.Degenerate, plain.Classification);
        Assert.Equal(Optimality.NotApplicable, plain.Optimality);
        Assert.All(spectrum.Take(3), v => Assert.True(Math.Abs(v) < 1e-10, $"zero mode {v}"));
        Assert.True(spectrum[3] > 0.1, $"fourth eigenvalue {spectrum[3]}");

        // With O(3) declared the three zero modes leave the operator: λ_min is the fourth eigenvalue, nothing else changes.
        Assert.Equal(Classification.LocalMinimum, projected.Classification);
        Assert.Equal(Optimality.Global, projected.Optimality);
        Assert.Equal(3, projected.ProjectedSymmetryDirections);
        Assert.Equal(3, projected.SymmetryOrbitDimension);
        Assert.Equal(spectrum[3], projected.LambdaMin, 1e-9 * spectrum[^1]);
        Assert.Equal(spectrum[^1], projected.LambdaMax, 1e-9 * spectrum[^1]);
        Assert.Equal(27, projected.LanczosSteps);
        Assert.True(projected.ExhaustedKrylovSpace);
        Assert.True(projected.SymmetryResidual < 1e-10, $"‖HQ‖ = {projected.SymmetryResidual}");
        Assert.StartsWith("local-min (up to O(3): U ↦ UQ, 3 of 3 directions projected; global: f − f* = ", projected.Describe(), StringComparison.Ordinal);
        Assert.Equal("local-min", projected.Classification.Name());
    }

    [Fact]
    public void SaddleFreeNewtonFromZeroReachesASpuriousMinimumOfMatrixCompletionThatTheCertificateNames()
    {
        // n = 30, r = 3, U* ~ N(0, 1) from seed 45, Ω drawn with p = 0.4 from seed 1045 (|Ω|/n² = 0.40); f = ½‖P_Ω(UUᵀ − M)‖².
        // Of the seeds 0–59 (Ω from seed + 1000), saddle-free Newton from U = 0 (defaults, this stopping rule) reached the
        // global minimum for 37 and drifted off to ‖U‖ ~ 100 with f still falling for 22 (f has no regulariser, so it is not
        // coercive); seed 45 is the one that stopped at a spurious minimum: after 28 iterations f = 0.1137,
        // ‖UUᵀ − M‖/‖M‖ = 0.188, ‖grad f‖ = 1.7e-11; Hessian spectrum −1.1e-13, 7.2e-14, 3.2e-13 (the O(3) zero modes),
        // then 0.265; cubic regularisation restarted there for 200 iterations changed f by 1e-16.
        var (_, m) = SymmetricMatrixCompletionTests.Target(30, 3, 45);
        var f = SymmetricMatrixCompletion.WithRandomMask(m, 3, 0.4, 1045);
        var manifold = new Euclidean(f.Dimension);
        var symmetry = ContinuousSymmetry.RightOrthogonal(30, 3);
        var options = new CertificateOptions { Symmetry = symmetry, KnownMinimum = 0 };
        var zero = new double[f.Dimension];

        // U = 0 is critical (∇f = 2P_Ω(UUᵀ − M)U = 0) and a strict saddle; its orbit is a point, so nothing is projected.
        var gradient = new double[f.Dimension];
        f.ValueAndGradient(zero, gradient);
        Assert.Equal(0, TensorPrimitives.Norm(gradient));
        var atZero = Certify(f, zero, options);
        Assert.Equal(Classification.StrictSaddle, atZero.Classification);
        Assert.Equal(0, atZero.ProjectedSymmetryDirections);

        // A bare gradient tolerance would stop at U = 0 before the first step; this rule asks for λ_min ≥ −1e-6 as well.
        var run = Minimizer.Run(new Oracle(f), manifold, new SaddleFreeNewton(new SaddleFreeNewtonSettings()), zero, new MinimizerOptions
        {
            Stop = StoppingRule.AfterIterations(3000) | StoppingRule.AtSecondOrderPoint(1e-10, 1e-6, 10),
            Certificate = options,
        });
        Assert.Equal(EventKind.NegativeCurvatureStep, run.Events[0].Kind);
        Assert.Equal(0, run.Events[0].Iteration);
        Assert.Equal(StopCode.SecondOrderStationary, run.StopReason.Code);

        var certificate = run.Certificate!;
        var plain = Certify(f, run.X);
        var spectrum = Spectrum(f, run.X);
        double relativeError = f.RelativeError(run.X);
        output.WriteLine($"{run.Iterations} iterations, f = {run.FinalValue:G6}, ‖grad f‖ = {run.FinalGradientNorm:G3}, ‖UUᵀ − M‖/‖M‖ = {relativeError:G4}");
        output.WriteLine($"spectrum (bottom 5): {Head(spectrum, 5)}");
        output.WriteLine($"plain: λ_min = {plain.LambdaMin:G3}; {plain.Describe()}");
        output.WriteLine($"projected: λ_min = {certificate.LambdaMin:G6}, ‖HQ‖ = {certificate.SymmetryResidual:G3}; {certificate.Describe()}");

        Assert.InRange(run.FinalValue, 0.11, 0.12);
        Assert.InRange(relativeError, 0.15, 0.25);
        Assert.Equal(Classification.Degenerate, plain.Classification);
        Assert.Equal(Classification.LocalMinimum, certificate.Classification);
        Assert.Equal(Optimality.Spurious, certificate.Optimality);
        Assert.Equal(3, certificate.ProjectedSymmetryDirections);
        Assert.Equal(spectrum[3], certificate.LambdaMin, 1e-9 * spectrum[^1]);
        Assert.True(certificate.LambdaMin > 0.2, $"projected λ_min {certificate.LambdaMin}");
        Assert.Contains("spurious: f − f* = 1.1e-1 > 1.0e-8", certificate.Describe(), StringComparison.Ordinal);

        // Restarted there, cubic regularisation (which takes negative-curvature steps where there are any) stays put.
        var restart = Minimizer.Run(new Oracle(f), manifold, new CubicRegularization(new CubicRegularizationSettings()), run.X,
            new MinimizerOptions { Stop = StoppingRule.AfterIterations(200), Certificate = null });
        double moved = new SymmetricMatrixFactorization(m, 3).RotationDistance(run.X, restart.X);
        output.WriteLine($"cubic restart: Δf = {restart.FinalValue - run.FinalValue:G3}, ‖ΔUUᵀ‖ = {moved:G3}");
        Assert.True(Math.Abs(restart.FinalValue - run.FinalValue) < 1e-12, $"cubic moved f by {restart.FinalValue - run.FinalValue}");
        Assert.True(moved < 1e-8, $"cubic moved UUᵀ by {moved}");
    }

    [Fact]
    public void AStrictSaddleStaysAStrictSaddleWithTheSymmetryDeclared()
    {
        // U = [√λ₁v₁, √λ₂v₂, 0] for the top eigenpairs of M = U*U*ᵀ (n = 10, r = 3, seed 22): a critical point of
        // ¼‖UUᵀ − M‖² (UUᵀ keeps two of M's three eigen-directions) whose orbit is still 3-dimensional (rank U = 2 = r − 1),
        // with negative curvature −λ₃ along (0, 0, v₃) — orthogonal to the orbit, so projecting the orbit must keep it.
        var (_, m) = SymmetricMatrixCompletionTests.Target(10, 3, 22);
        var f = new SymmetricMatrixFactorization(m, 3);
        var evd = m.Evd(Symmetricity.Symmetric);
        var order = Enumerable.Range(0, 10).OrderByDescending(i => evd.EigenValues[i].Real).ToArray();
        var u = Matrix<double>.Build.Dense(10, 3);
        for (int k = 0; k < 2; k++)
        {
            u.SetColumn(k, evd.EigenVectors.Column(order[k]) * Math.Sqrt(evd.EigenValues[order[k]].Real));
        }

        var x = SymmetricMatrixCompletionTests.Flat(u);
        var plain = Certify(f, x, new CertificateOptions { KnownMinimum = 0 });
        var projected = Certify(f, x, new CertificateOptions { Symmetry = ContinuousSymmetry.RightOrthogonal(10, 3), KnownMinimum = 0 });
        output.WriteLine($"λ₃ = {evd.EigenValues[order[2]].Real:G6}; plain λ_min = {plain.LambdaMin:G6}; projected λ_min = {projected.LambdaMin:G6}; {projected.Describe()}");

        Assert.Equal(Classification.StrictSaddle, plain.Classification);
        Assert.Equal(Classification.StrictSaddle, projected.Classification);
        Assert.Equal(Optimality.NotApplicable, projected.Optimality);
        Assert.Equal(3, projected.ProjectedSymmetryDirections);
        Assert.True(projected.SymmetryResidual < 1e-10, $"‖HQ‖ = {projected.SymmetryResidual}");
        Assert.Equal(plain.LambdaMin, projected.LambdaMin, 1e-9 * plain.LambdaMax);
        Assert.Equal(-evd.EigenValues[order[2]].Real, projected.LambdaMin, 1e-9 * plain.LambdaMax);
        Assert.StartsWith("strict-saddle (O(3): U ↦ UQ declared, 3 of 3 directions projected; f − f* = ", projected.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void ADeclaredDirectionThatCarriesCurvatureIsNotHidden()
    {
        // f = ½(x² − y²) + ¼‖(x, y)‖⁴ at 0: a strict saddle with λ = (1, −1). Declaring the y-axis as an "orbit" (it is not a
        // symmetry) would leave λ_min = 1 on the rest; ‖H q‖ = 1 is far above the tolerance, so no minimum is claimed.
        var f = new QuadraticSaddle([1, -1], 1);
        var wrong = new ContinuousSymmetry("not a symmetry: the y-axis", 1, _ => [[0, 1]]);
        var certificate = Certify(f, [0, 0], new CertificateOptions { Symmetry = wrong });
        output.WriteLine(certificate.Describe());
        Assert.Equal(1, certificate.LambdaMin, 12);
        Assert.Equal(1, certificate.SymmetryResidual, 12);
        Assert.False(certificate.OrbitIsFlat);
        Assert.Equal(Classification.Degenerate, certificate.Classification);
        Assert.Contains("orbit not flat", certificate.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void OrbitDirectionsAreProjectedOntoTheManifoldsTangentSpace()
    {
        // f(x) = xᵀAx on S³ with A = diag(1, 1, 2, 3): the minimum e₁ lies on a circle of minima (rotations of the (e₁, e₂)
        // plane), Riemannian Hessian 2(A − 1) on T = e₁^⊥: eigenvalues 0, 2, 4. The generator is given with a normal
        // component, (c, 1, 0, 0) at e₁ (c = 3); projected onto T it is e₂, and the certificate sees 2 and 4.
        var a = new QuadraticSaddle([2, 2, 4, 6], 0);
        var sphere = new Sphere(4);
        var rotation = new ContinuousSymmetry("SO(2) on (x₁, x₂)", 1, x => [[-x[1] + (3 * x[0]), x[0], 0, 0]]);
        double[] e1 = [1, 0, 0, 0];
        var plain = Certify(a, e1, null, sphere);
        var projected = Certify(a, e1, new CertificateOptions { Symmetry = rotation, KnownMinimum = 1 }, sphere);
        output.WriteLine($"plain λ_min = {plain.LambdaMin:G3}; projected λ_min = {projected.LambdaMin:G6}; {projected.Describe()}");
        Assert.Equal(Classification.Degenerate, plain.Classification);
        Assert.Equal(Classification.LocalMinimum, projected.Classification);
        Assert.Equal(Optimality.Global, projected.Optimality);
        Assert.Equal(2, projected.LambdaMin, 12);
        Assert.Equal(4, projected.LambdaMax, 12);

        var basis = rotation.OrbitBasis(e1, sphere);
        Assert.Equal<double>([0, 1, 0, 0], basis.Single());
    }

    [Fact]
    public void WithoutADeclarationTheCertificateIsTodaysAndTheOperatorFormNeedsThePoint()
    {
        var (uStar, m) = SymmetricMatrixCompletionTests.Target(6, 2, 23);
        var f = new SymmetricMatrixFactorization(m, 2);
        var x = SymmetricMatrixCompletionTests.Flat(uStar);
        var certificate = Certify(f, x);
        Assert.Null(certificate.SymmetryDescription);
        Assert.Equal(0, certificate.ProjectedSymmetryDirections);
        Assert.Equal(Optimality.Unknown, certificate.Optimality);
        Assert.Null(certificate.OptimalityGap);
        Assert.Equal("degenerate", certificate.Describe());
        Assert.Equal(certificate.LanczosSteps, certificate.HessianVectorProducts);
        Assert.Equal(f.Value(x), certificate.Value);

        var hessian = new RiemannianHessianOperator(new Oracle(f), new Euclidean(f.Dimension), x);
        Assert.Throws<ArgumentException>(() => SecondOrderCertificate.Compute(hessian, 0, true, new CertificateOptions { KnownMinimum = 0 }));
        Assert.Throws<ArgumentException>(() => SecondOrderCertificate.Compute(hessian, 0, true, new CertificateOptions { Symmetry = ContinuousSymmetry.RightOrthogonal(6, 2) }));
        var viaOperator = SecondOrderCertificate.Compute(hessian, x, f.Value(x), 0, true, new CertificateOptions { Symmetry = ContinuousSymmetry.RightOrthogonal(6, 2), KnownMinimum = 0 });
        Assert.Equal(Classification.LocalMinimum, viaOperator.Classification);
        Assert.Equal(Optimality.Global, viaOperator.Optimality);
        Assert.Throws<ArgumentException>(() => new CertificateOptions { ValueTolerance = 0 }.Validate());
        Assert.Throws<ArgumentException>(() => new CertificateOptions { KnownMinimum = double.NaN }.Validate());
    }

    [Theory]
    [InlineData(0.0, 1e-9, Optimality.Global)]
    [InlineData(0.0, 2e-8, Optimality.Spurious)]
    [InlineData(-1000.0, -1000 + 5e-6, Optimality.Global)]
    [InlineData(-1000.0, -1000 + 2e-5, Optimality.Spurious)]
    public void GlobalMeansWithinTauTimesMaxOfOneAndTheMinimum(double fStar, double value, Optimality expected)
    {
        // τ = 1e-8: the tolerance is 1e-8 at f* = 0 and 1e-5 at f* = −1000. A positive definite point of
        // g(x) = ½‖x‖² + c is a local minimum with value c.
        var quadratic = new QuadraticSaddle([1, 2], 0);
        var hessian = new RiemannianHessianOperator(new Oracle(quadratic), new Euclidean(2), [0, 0]);
        var certificate = SecondOrderCertificate.Compute(hessian, [0, 0], value, 0, true, new CertificateOptions { KnownMinimum = fStar });
        Assert.Equal(Classification.LocalMinimum, certificate.Classification);
        Assert.Equal(expected, certificate.Optimality);
        Assert.Equal(1e-8 * Math.Max(1, Math.Abs(fStar)), certificate.ValueTolerance!.Value, 15);
    }
}
