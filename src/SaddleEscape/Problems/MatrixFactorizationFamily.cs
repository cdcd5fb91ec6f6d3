using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using SaddleEscape.Landscape;
using SaddleEscape.Manifolds;
using SaddleEscape.Numerics;
using SaddleEscape.Objectives;

namespace SaddleEscape.Problems;

/// <summary>
/// <c>matrix-factorisation</c>: <see cref="SymmetricMatrixFactorization"/> (M = U*U*ᵀ, fully observed or through Gaussian
/// sensing) or <see cref="AsymmetricMatrixFactorization"/> (M = U*V*ᵀ with a balancing term). Continuous symmetry: U ↦ UQ,
/// Q ∈ O(r), orbit dimension r(r − 1)/2 (GL(r), r², for the asymmetric form without balancing).
/// </summary>
public sealed class MatrixFactorizationFamily : ProblemFamily<MatrixFactorizationParameters>
{
    /// <inheritdoc />
    public override string Name => "matrix-factorisation";

    /// <inheritdoc />
    public override string Summary => "¼‖UUᵀ − M‖² (or sensing), or ½‖UVᵀ − M‖² + (λ/8)‖UᵀU − VᵀV‖²; --dim is n";

    /// <inheritdoc />
    public override string Reference => "Ge, Jin & Zheng 2017 (Bruna 2018, lecture 10, 'matrix factorisation')";

    /// <inheritdoc />
    public override string GroundTruthSummary => "every local minimum is global (UUᵀ = M, f* = 0) and every other critical point, U = 0 among them, is a strict saddle";

    /// <inheritdoc />
    public override int DefaultDimension => 10;

    /// <inheritdoc />
    public override ProblemFootprint Footprint(int dimension, object parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        // U (and V) of n × r; the target n × columns, and m sensing matrices of n × n; a gradient is O(n²r) (sensing: O(m n²)).
        var p = (MatrixFactorizationParameters)parameters;
        double n = dimension, r = p.Rank, columns = p.Columns ?? n, m = p.Measurements;
        return new ProblemFootprint(r * (n + columns), (n * columns) + (m * n * n) + (n * r), (n * columns * r) + (m * n * n));
    }

    /// <inheritdoc />
    public override ProblemInstance Create(int dimension, MatrixFactorizationParameters parameters, int seed)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var p = parameters;
        RequireDimension(dimension, 1, 200);
        int columns = p.Columns ?? dimension;
        Require("columns", columns >= 1, columns, "≥ 1");
        Require("rank", p.Rank >= 1 && p.Rank <= Math.Min(dimension, columns), p.Rank, $"in [1, min(n, columns)] = [1, {Math.Min(dimension, columns)}]");
        Require("balance", p.Balance >= 0 && double.IsFinite(p.Balance), p.Balance, "≥ 0");
        Require("measurements", p.Measurements >= 0 && (p.Measurements == 0 || p.Form == MatrixFactorizationForm.Symmetric), p.Measurements, "≥ 0 (and 0 for the asymmetric form)");
        Require("init_scale", p.InitScale > 0 && double.IsFinite(p.InitScale), p.InitScale, "> 0");

        int rank = p.Rank;
        var data = SeedStreams.Random(seed, "matrix-factorisation-data");
        var uStar = Matrix<double>.Build.Dense(dimension, rank, (_, _) => Normal.Sample(data, 0, 1));
        GroundTruth truth;
        IObjective objective;
        PointSymmetry? symmetry = null;
        ContinuousSymmetry continuous;
        if (p.Form == MatrixFactorizationForm.Symmetric)
        {
            var m = uStar.TransposeAndMultiply(uStar);
            var sensing = p.Measurements == 0 ? null : Enumerable.Range(0, p.Measurements).Select(_ =>
            {
                var g = Matrix<double>.Build.Dense(dimension, dimension, (_, _) => Normal.Sample(data, 0, 1));
                return (g + g.Transpose()) / 2;
            }).ToList();
            var f = new SymmetricMatrixFactorization(m, rank, sensing);
            objective = f;
            truth = new GroundTruth(0, "‖UUᵀ − M‖_F / ‖M‖_F (blind to U ↦ UR)", theta => f.RelativeError(theta)) { Minimizer = uStar.ToRowMajorArray() };
            symmetry = new PointSymmetry("rotations U ↦ UR (R orthogonal r×r)", (a, b) => f.RotationDistance(a, b));
            continuous = ContinuousSymmetry.RightOrthogonal(dimension, rank);
        }
        else
        {
            var vStar = Matrix<double>.Build.Dense(columns, rank, (_, _) => Normal.Sample(data, 0, 1));
            var f = new AsymmetricMatrixFactorization(uStar.TransposeAndMultiply(vStar), rank, p.Balance);
            objective = f;
            // A balanced global minimiser (UᵀU = VᵀV): U = P√Σ, V = Q√Σ from the SVD M = PΣQᵀ, truncated to rank r.
            var svd = uStar.TransposeAndMultiply(vStar).Svd(computeVectors: true);
            var root = Matrix<double>.Build.DenseOfDiagonalArray(svd.S.Take(rank).Select(Math.Sqrt).ToArray());
            var u = svd.U.SubMatrix(0, dimension, 0, rank) * root;
            var v = svd.VT.Transpose().SubMatrix(0, columns, 0, rank) * root;
            truth = new GroundTruth(0, "‖UVᵀ − M‖_F / ‖M‖_F", theta => f.RelativeError(theta)) { Minimizer = [.. u.ToRowMajorArray(), .. v.ToRowMajorArray()] };
            continuous = p.Balance > 0 ? ContinuousSymmetry.OrthogonalFactors(dimension, columns, rank) : ContinuousSymmetry.GeneralLinearFactors(dimension, columns, rank);
        }

        StartDistribution[] starts =
        [
            new("random", "entries N(0, scale²)", s =>
            {
                var x0 = new double[objective.Dimension];
                Normal.Samples(SeedStreams.Random(s, "start"), x0, 0, p.InitScale);
                return x0;
            }),
            new("zero", "U = 0 (and V = 0): a strict saddle with g = 0", _ => new double[objective.Dimension], IsExactSaddle: true),
        ];
        return new ProblemInstance
        {
            Name = Name,
            Objective = objective,
            Manifold = new Euclidean(objective.Dimension),
            Start = starts[(int)p.Start].Sample(seed),
            Starts = starts,
            Size = dimension,
            Symmetry = symmetry,
            ContinuousSymmetry = continuous,
            SuggestedStepSize = 0.5 / (dimension * rank),
            Truth = truth,
        };
    }
}
