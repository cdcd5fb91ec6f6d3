using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using SaddleEscape.Manifolds;
using SaddleEscape.Numerics;
using SaddleEscape.Problems;

namespace SaddleEscape.Experiments.Catalog;

/// <summary>
/// Catalogue entry <c>matrix-factorisation</c>: <see cref="SymmetricMatrixFactorization"/> (optionally from matrix-sensing
/// measurements) or <see cref="AsymmetricMatrixFactorization"/> with the balancing term, of a random rank-r target.
/// </summary>
public sealed class MatrixFactorisationProblem : ProblemDefinition
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
    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        new("rank", "2", "r ≥ 1: rank of the target and width of the factors"),
        new("form", "symmetric", "symmetric (M = U*U*ᵀ) or asymmetric (M = U*V*ᵀ, n×columns)"),
        new("columns", "auto", "asymmetric: columns of M (auto = n)"),
        new("balance", "1", "asymmetric: λ ≥ 0 of the balancing term"),
        new("measurements", "0", "symmetric: 0 observes M fully; m > 0 uses m Gaussian symmetric sensing matrices"),
        new("start", "random", "random (entries N(0, scale²)) or zero (U = 0, a strict saddle)"),
        new("init_scale", "0.1", "scale > 0 of the random start"),
    ];

    /// <inheritdoc />
    protected override ProblemInstance Build(int dimension, KeyValueSettings settings, int seed)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string owner = settings.Owner;
        int rank = settings.Int32AtLeast("rank", 1);
        string form = settings.Choice("form", "symmetric", "asymmetric");
        int columns = settings.IsAuto("columns") ? dimension : settings.Int32AtLeast("columns", 1);
        double balance = settings.Number("balance");
        int measurements = (int)Math.Clamp(settings.Integer("measurements"), int.MinValue, int.MaxValue);
        string start = settings.Choice("start", "random", "zero");
        double scale = settings.Number("init_scale");
        Require(owner, "rank", rank <= Math.Min(dimension, columns), rank, $"≤ min(n, columns) = {Math.Min(dimension, columns)}");
        Require(owner, "balance", balance >= 0, balance, "≥ 0");
        Require(owner, "measurements", measurements >= 0 && (measurements == 0 || form == "symmetric"), measurements, "≥ 0 (and 0 for the asymmetric form)");
        Require(owner, "init_scale", scale > 0, scale, "> 0");
        if (dimension < 1 || dimension > 200)
        {
            throw new ArgumentException($"{owner}: n (--dim) must be in [1, 200] (got {dimension})");
        }

        var data = SeedStreams.Random(seed, "matrix-factorisation-data");
        var uStar = Matrix<double>.Build.Dense(dimension, rank, (_, _) => Normal.Sample(data, 0, 1));
        Problems.GroundTruth truth;
        Objectives.IObjective objective;
        PointSymmetry? symmetry = null;
        if (form == "symmetric")
        {
            var m = uStar.TransposeAndMultiply(uStar);
            var sensing = measurements == 0 ? null : Enumerable.Range(0, measurements).Select(_ =>
            {
                var g = Matrix<double>.Build.Dense(dimension, dimension, (_, _) => Normal.Sample(data, 0, 1));
                return (g + g.Transpose()) / 2;
            }).ToList();
            var f = new SymmetricMatrixFactorization(m, rank, sensing);
            objective = f;
            truth = new GroundTruth(0, "‖UUᵀ − M‖_F / ‖M‖_F (blind to U ↦ UR)", theta => f.RelativeError(theta));
            symmetry = new PointSymmetry("rotations U ↦ UR (R orthogonal r×r)", (a, b) => f.RotationDistance(a, b));
        }
        else
        {
            var vStar = Matrix<double>.Build.Dense(columns, rank, (_, _) => Normal.Sample(data, 0, 1));
            var f = new AsymmetricMatrixFactorization(uStar.TransposeAndMultiply(vStar), rank, balance);
            objective = f;
            truth = new GroundTruth(0, "‖UVᵀ − M‖_F / ‖M‖_F", theta => f.RelativeError(theta));
        }

        var x0 = new double[objective.Dimension];
        if (start == "random")
        {
            Normal.Samples(SeedStreams.Random(seed, "start"), x0, 0, scale);
        }

        return new ProblemInstance
        {
            Name = Name,
            Objective = objective,
            Manifold = new Euclidean(objective.Dimension),
            Start = x0,
            Size = dimension,
            Symmetry = symmetry,
            SuggestedStepSize = 0.5 / (dimension * rank),
            Truth = truth,
        };
    }
}
