using MathNet.Numerics.Distributions;
using SaddleEscape.Numerics;
using SaddleEscape.Problems;
using SaddleEscape.Manifolds;
using SaddleEscape.Tensors;

namespace SaddleEscape.Experiments.Catalog;

/// <summary>
/// Catalogue entry <c>tensor-ica-4</c>: the online tensor decomposition of Ge et al. 2015 — Eq. 6 for
/// T = −½κ₄(x), reachable only through fresh samples x = A s (independent Rademacher sources);
/// SGD-type optimisers use <see cref="IcaCumulantOracle"/>, the certificate and monitoring the exact
/// population objective.
/// </summary>
public sealed class TensorIca4Problem : ProblemDefinition
{
    /// <inheritdoc />
    public override string Name => "tensor-ica-4";

    /// <inheritdoc />
    public override string Summary => "online orthogonal tensor decomposition from samples of an ICA mixture (stochastic gradients only)";

    /// <inheritdoc />
    public override string Reference => "Ge, Huang, Jin & Yuan 2015 (Goyal & Ullah Eq. 6, Farrell & Quintero Peña 2019 §1.1); x = A s, s Rademacher";

    /// <inheritdoc />
    public override string GroundTruthSummary => "population objective Eq. 6 with T = Σ a_i^⊗4: minima u = ±a_π, f* = 0";

    /// <inheritdoc />
    public override int DefaultDimension => 10;

    /// <inheritdoc />
    public override IReadOnlyList<ParameterSpec> Parameters { get; } = [];

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, string[]> Recommendations(KeyValueSettings settings) => new Dictionary<string, string[]>
    {
        ["noisy-sgd"] = ["noise_radius=0.05", "batch_size=64", "noise_decay_steps=20000"],
        ["sgd"] = ["batch_size=64"],
        ["psgd"] = ["r=0.05", "batch_size=64"],
    };

    /// <inheritdoc />
    public override ProblemFootprint Footprint(int dimension, KeyValueSettings settings)
    {
        // d unit vectors in R^d and d components; a gradient pairs every vector with every component.
        double d = dimension;
        return new ProblemFootprint(d * d, 2 * d * d, d * d * d);
    }

    /// <inheritdoc />
    protected override ProblemInstance Build(int dimension, KeyValueSettings settings, int seed)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (dimension < 2)
        {
            throw new ArgumentException($"{settings.Owner}: dimension must be ≥ 2 (got {dimension})");
        }

        var random = SeedStreams.Random(seed, "tensor-components");
        var components = RandomComponents.Orthonormal(dimension, dimension, random);
        var flat = RandomComponents.Flatten(components);
        var manifold = new ProductOfSpheres(dimension, dimension);
        var x0 = RandomStartOn(manifold, seed);
        return new ProblemInstance
        {
            Name = Name,
            Size = dimension,
            Objective = new OrthogonalTensorObjective(LowRankSymmetricTensor.FromComponents(4, Enumerable.Repeat(1.0, dimension).ToArray(), components), dimension),
            Stochastic = new IcaCumulantOracle(components, dimension),
            Manifold = manifold,
            Start = x0,
            SuggestedStepSize = 0.01,
            Truth = new GroundTruth(0.0, "max over matched pairs of min_s ‖u_i − s·a_π(i)‖ (Hungarian matching)", x => ComponentMatching.Error(x, flat, dimension)),
        };
    }
}
