using MathNet.Numerics.Distributions;
using SaddleEscape.Numerics;
using SaddleEscape.Problems;
using SaddleEscape.Manifolds;
using SaddleEscape.Tensors;

namespace SaddleEscape.Experiments.Catalog;

/// <summary>
/// Catalogue entry <c>tensor-sphere-3</c>: max_{‖u‖=1} T(u,u,u) for T = Σ λ_i a_i^⊗3 (+ noise)
/// (Goyal &amp; Ullah Eq. 12/14; one step of Proc. 5 — deflation recovers the rest, see
/// <see cref="Deflation"/>). Minimised as −T(u,u,u). Local maxima u = a_i; the global one is the
/// component with the largest λ.
/// </summary>
public sealed class TensorSphere3Problem : ProblemDefinition
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
    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        new("components", "auto", "k ≤ d (auto = d)"),
        new("noise", "0", "σ ≥ 0: additive symmetric noise, ‖E‖_F = σ (dense for d ≤ 30, low-rank above)"),
    ];

    /// <inheritdoc />
    public override ProblemFootprint Footprint(int dimension, KeyValueSettings settings)
    {
        // One unit vector; k components plus d noise terms (dense d³ noise up to d = 30).
        double d = dimension;
        return new ProblemFootprint(d, (d <= 30 ? d * d * d : 0) + (2 * d * d), 2 * d * d);
    }

    /// <inheritdoc />
    protected override ProblemInstance Build(int dimension, KeyValueSettings settings, int seed)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string owner = settings.Owner;
        int k = settings.IsAuto("components") ? dimension : (int)Math.Clamp(settings.Integer("components"), int.MinValue, int.MaxValue);
        double sigma = settings.Number("noise");
        Require(owner, "dimension", dimension >= 2, dimension, "≥ 2");
        Require(owner, "components", k >= 1 && k <= dimension, k, $"in [1, d = {dimension}]");
        Require(owner, "noise", sigma >= 0, sigma, "≥ 0");
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
        var x0 = RandomStartOn(manifold, seed);
        return new ProblemInstance
        {
            Name = Name,
            Objective = new SphereCubicObjective(tensor),
            Manifold = manifold,
            Start = x0,
            SuggestedStepSize = 0.1,
            Truth = new GroundTruth(
                sigma > 0 ? null : -lambdas.Max(),
                "distance to the nearest component, min_i min_s ‖u − s·a_i‖",
                x => Enumerable.Range(0, k).Min(i => ComponentMatching.Error(x, flat.AsSpan(i * dimension, dimension), dimension))),
        };
    }

    private static LowRankSymmetricTensor Append(LowRankSymmetricTensor signal, (double[] Weights, double[] Factors) noise) =>
        signal.Append(noise.Weights, noise.Factors);
}
