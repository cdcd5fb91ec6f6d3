using SaddleEscape.Manifolds;
using SaddleEscape.Numerics;
using SaddleEscape.Tensors;

namespace SaddleEscape.Problems;

/// <summary><c>tensor-sphere-3</c>: max T(u, u, u) on the unit sphere for an orthogonal 3rd-order tensor (Goyal &amp; Ullah Eq. 12–16, Proc. 5, Thm. 5).</summary>
public sealed class TensorSphere3Family : ProblemFamily<TensorSphere3Parameters>
{
    /// <inheritdoc />
    public override string Name => "tensor-sphere-3";

    /// <inheritdoc />
    public override string Summary => "max T(u,u,u) on the unit sphere for an orthogonal 3rd-order tensor (one component)";

    /// <inheritdoc />
    public override string Reference => "Goyal & Ullah Eq. 12–16, Proc. 5, Thm. 5";

    /// <inheritdoc />
    public override string GroundTruthSummary => "local maxima u = a_i with T = λ_i; f* = −max λ_i; other critical points strict saddles";

    /// <inheritdoc />
    public override int DefaultDimension => 10;

    /// <inheritdoc />
    public override ProblemFootprint Footprint(int dimension, object parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        // One unit vector; k components plus d noise terms (dense d³ noise up to d = 30).
        double d = dimension;
        return new ProblemFootprint(d, (d <= 30 ? d * d * d : 0) + (2 * d * d), 2 * d * d);
    }

    /// <inheritdoc />
    public override ProblemInstance Create(int dimension, TensorSphere3Parameters parameters, int seed)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        int k = parameters.Components ?? dimension;
        double sigma = parameters.Noise;
        RequireDimension(dimension, 2);
        Require("components", k >= 1 && k <= dimension, k, $"in [1, d = {dimension}]");
        Require("noise", sigma >= 0 && double.IsFinite(sigma), sigma, "≥ 0");
        var random = SeedStreams.Random(seed, "sphere-tensor");
        var components = RandomComponents.Orthonormal(k, dimension, random);
        var lambdas = Enumerable.Range(0, k).Select(_ => 1 + random.NextDouble()).ToArray();
        ISymmetricTensor tensor = LowRankSymmetricTensor.FromComponents(3, lambdas, components);
        if (sigma > 0)
        {
            tensor = dimension <= 30
                ? new SumOfSymmetricTensors(tensor, SymmetricNoise.Dense(3, dimension, sigma, random))
                : Append((LowRankSymmetricTensor)tensor, SymmetricNoise.LowRank(3, dimension, dimension, sigma, random));
        }

        var flat = RandomComponents.Flatten(components);
        var manifold = new Sphere(dimension);
        var uniform = RandomStarts.UniformOn(manifold, "uniform on the unit sphere");
        return new ProblemInstance
        {
            Name = Name,
            Objective = new SphereCubicObjective(tensor),
            Manifold = manifold,
            Start = uniform.Sample(seed),
            Starts = [uniform],
            SuggestedStepSize = 0.1,
            Truth = new GroundTruth(
                sigma > 0 ? null : -lambdas.Max(),
                "distance to the nearest component, min_i min_s ‖u − s·a_i‖",
                x => Enumerable.Range(0, k).Min(i => ComponentMatching.Error(x, flat.AsSpan(i * dimension, dimension), dimension)))
            {
                Minimizer = sigma > 0 ? null : flat.AsSpan(Array.IndexOf(lambdas, lambdas.Max()) * dimension, dimension).ToArray(),
            },
        };
    }

    private static LowRankSymmetricTensor Append(LowRankSymmetricTensor signal, (double[] Weights, double[] Factors) noise) =>
        signal.Append(noise.Weights, noise.Factors);
}
