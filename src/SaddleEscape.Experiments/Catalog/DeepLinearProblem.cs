using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using SaddleEscape.Manifolds;
using SaddleEscape.Numerics;
using SaddleEscape.Problems;

namespace SaddleEscape.Experiments.Catalog;

/// <summary>Catalogue entry <c>deep-linear</c>: <see cref="DeepLinearNetwork"/> on generated data Y = AX (+ noise).</summary>
public sealed class DeepLinearProblem : ProblemDefinition
{
    /// <inheritdoc />
    public override string Name => "deep-linear";

    /// <inheritdoc />
    public override string Summary => "deep linear network (1/2N)‖W_K⋯W₁X − Y‖², square d×d layers; --dim is d";

    /// <inheritdoc />
    public override string Reference => "Kawaguchi 2016 (Bruna 2018, lecture 10, 'deep linear nets')";

    /// <inheritdoc />
    public override string GroundTruthSummary => "every local minimum is global: W_K⋯W₁ = YXᵀ(XXᵀ)⁻¹, f* the least-squares residual; for K ≥ 3 saddles such as θ = 0 are degenerate (Hessian 0)";

    /// <inheritdoc />
    public override int DefaultDimension => 4;

    /// <inheritdoc />
    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        new("depth", "3", "K ≥ 1 layers"),
        new("samples", "auto", "N samples (auto = 4d)"),
        new("noise", "0", "σ ≥ 0: Y = AX + σ·Gaussian"),
        new("start", "random", "random (entries N(0, scale²/d)) or zero (θ = 0, a saddle; degenerate for K ≥ 3)"),
        new("init_scale", "1", "scale > 0 of the random start"),
    ];

    /// <inheritdoc />
    protected override ProblemInstance Build(int dimension, KeyValueSettings settings, int seed)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string owner = settings.Owner;
        int depth = settings.Int32AtLeast("depth", 1);
        int samples = settings.IsAuto("samples") ? 4 * dimension : settings.Int32AtLeast("samples", 1);
        double noise = settings.Number("noise");
        string start = settings.Choice("start", "random", "zero");
        double scale = settings.Number("init_scale");
        Require(owner, "noise", noise >= 0, noise, "≥ 0");
        Require(owner, "init_scale", scale > 0, scale, "> 0");
        if (dimension < 1 || dimension > 50)
        {
            throw new ArgumentException($"{owner}: d (--dim) must be in [1, 50] (got {dimension})");
        }

        Require(owner, "samples", samples >= dimension, samples, $"≥ d = {dimension} (so that XXᵀ is invertible)");
        var data = SeedStreams.Random(seed, "deep-linear-data");
        var x = Matrix<double>.Build.Dense(dimension, samples, (_, _) => Normal.Sample(data, 0, 1));
        var a = Matrix<double>.Build.Dense(dimension, dimension, (_, _) => Normal.Sample(data, 0, 1 / Math.Sqrt(dimension)));
        var y = (a * x) + Matrix<double>.Build.Dense(dimension, samples, (_, _) => noise * Normal.Sample(data, 0, 1));
        var objective = new DeepLinearNetwork(depth, x, y);
        var leastSquares = y * x.Transpose() * (x * x.Transpose()).Inverse();
        double fStar = 0.5 / samples * Math.Pow(((leastSquares * x) - y).FrobeniusNorm(), 2);
        var x0 = new double[objective.Dimension];
        if (start == "random")
        {
            Normal.Samples(SeedStreams.Random(seed, "start"), x0, 0, scale / Math.Sqrt(dimension));
        }

        return new ProblemInstance
        {
            Name = Name,
            Objective = objective,
            Manifold = new Euclidean(objective.Dimension),
            Start = x0,
            Size = dimension,
            SuggestedStepSize = 0.05,
            Truth = new GroundTruth(fStar, "‖W_K⋯W₁ − YXᵀ(XXᵀ)⁻¹‖_F: distance of the end-to-end map from the least-squares one",
                theta => (objective.Product(theta) - leastSquares).FrobeniusNorm()),
        };
    }
}
