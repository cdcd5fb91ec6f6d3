using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using SaddleEscape.Landscape;
using SaddleEscape.Manifolds;
using SaddleEscape.Numerics;

namespace SaddleEscape.Problems;

/// <summary>
/// <c>deep-linear</c>: <see cref="DeepLinearNetwork"/> on generated data Y = AX (+ noise), square d×d layers. Its continuous
/// symmetry is GL(d) at each of the K − 1 hidden layers (W_{i+1}W_i = (W_{i+1}A⁻¹)(AW_i)), orbit dimension (K − 1)d².
/// </summary>
public sealed class DeepLinearFamily : ProblemFamily<DeepLinearParameters>
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
    public override ProblemFootprint Footprint(int dimension, object parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        // K layers of d × d, data X and Y of d × N (N = 4d by default); a gradient multiplies through every layer.
        var p = (DeepLinearParameters)parameters;
        double d = dimension, samples = p.Samples ?? (4 * d);
        return new ProblemFootprint(p.Depth * d * d, 2 * d * samples, p.Depth * d * d * samples);
    }

    /// <inheritdoc />
    public override ProblemInstance Create(int dimension, DeepLinearParameters parameters, int seed)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var p = parameters;
        Require("depth", p.Depth >= 1, p.Depth, "≥ 1");
        Require("noise", p.Noise >= 0 && double.IsFinite(p.Noise), p.Noise, "≥ 0");
        Require("init_scale", p.InitScale > 0 && double.IsFinite(p.InitScale), p.InitScale, "> 0");
        RequireDimension(dimension, 1, 50);
        int samples = p.Samples ?? 4 * dimension;
        Require("samples", samples >= dimension, samples, $"≥ d = {dimension} (so that XXᵀ is invertible)");
        var data = SeedStreams.Random(seed, "deep-linear-data");
        var x = Matrix<double>.Build.Dense(dimension, samples, (_, _) => Normal.Sample(data, 0, 1));
        var a = Matrix<double>.Build.Dense(dimension, dimension, (_, _) => Normal.Sample(data, 0, 1 / Math.Sqrt(dimension)));
        var y = (a * x) + Matrix<double>.Build.Dense(dimension, samples, (_, _) => p.Noise * Normal.Sample(data, 0, 1));
        var objective = new DeepLinearNetwork(p.Depth, x, y);
        var leastSquares = y * x.Transpose() * (x * x.Transpose()).Inverse();
        double fStar = 0.5 / samples * Math.Pow(((leastSquares * x) - y).FrobeniusNorm(), 2);
        StartDistribution[] starts =
        [
            new("random", "entries N(0, scale²/d)", s =>
            {
                var x0 = new double[objective.Dimension];
                Normal.Samples(SeedStreams.Random(s, "start"), x0, 0, p.InitScale / Math.Sqrt(dimension));
                return x0;
            }),
            new("zero", p.Depth == 2 ? "θ = 0, a strict saddle (g = 0)" : "θ = 0, a critical point (degenerate for K ≥ 3: the Hessian is 0)",
                _ => new double[objective.Dimension], IsExactSaddle: p.Depth == 2),
        ];
        return new ProblemInstance
        {
            Name = Name,
            Objective = objective,
            Manifold = new Euclidean(objective.Dimension),
            Start = starts[(int)p.Start].Sample(seed),
            Starts = starts,
            Size = dimension,
            SuggestedStepSize = 0.05,
            ContinuousSymmetry = p.Depth > 1 ? ContinuousSymmetry.HiddenLayerGeneralLinear(p.Depth, dimension) : null,
            Truth = new GroundTruth(fStar, "‖W_K⋯W₁ − YXᵀ(XXᵀ)⁻¹‖_F: distance of the end-to-end map from the least-squares one",
                theta => (objective.Product(theta) - leastSquares).FrobeniusNorm())
            {
                // W₁ = YXᵀ(XXᵀ)⁻¹ and every later layer the identity.
                Minimizer = [.. leastSquares.ToRowMajorArray(), .. Enumerable.Range(1, p.Depth - 1).SelectMany(_ => Matrix<double>.Build.DenseIdentity(dimension).ToRowMajorArray())],
            },
        };
    }
}
