using SaddleEscape.Manifolds;
using SaddleEscape.Numerics;
using SaddleEscape.Optimizers;
using SaddleEscape.Tensors;

namespace SaddleEscape.Problems;

/// <summary>
/// <c>tensor-ica-4</c>: online orthogonal tensor decomposition from samples x = As of an ICA mixture with Rademacher
/// sources (Ge, Huang, Jin &amp; Yuan 2015; Goyal &amp; Ullah Eq. 6): only stochastic gradients, from the fourth cumulant.
/// </summary>
public sealed class TensorIca4Family : ProblemFamily<NoParameters>
{
    private const string Why = "the cumulant oracle is noisy: batches of 64 samples, and noise scaled to unit vectors";

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
    protected override IReadOnlyList<OptimizerRecommendation> Recommend(NoParameters parameters) =>
    [
        OptimizerRecommendation.For<NoisyStochasticGradientDescentSettings>(s => s with { NoiseRadius = 0.05, BatchSize = 64, NoiseDecaySteps = 20000 }, Why),
        OptimizerRecommendation.For<StochasticGradientDescentSettings>(s => s with { BatchSize = 64 }, Why),
        OptimizerRecommendation.For<PerturbedStochasticGradientDescentSettings>(s => s with { Radius = 0.05, BatchSize = 64 }, Why),
    ];

    /// <inheritdoc />
    public override ProblemFootprint Footprint(int dimension, object parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        // d unit vectors in R^d and d components; a gradient pairs every vector with every component.
        double d = dimension;
        return new ProblemFootprint(d * d, 2 * d * d, d * d * d);
    }

    /// <inheritdoc />
    public override ProblemInstance Create(int dimension, NoParameters parameters, int seed)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        RequireDimension(dimension, 2);
        var random = SeedStreams.Random(seed, "tensor-components");
        var components = RandomComponents.Orthonormal(dimension, dimension, random);
        var flat = RandomComponents.Flatten(components);
        var manifold = new ProductOfSpheres(dimension, dimension);
        var uniform = RandomStarts.UniformOn(manifold, "each u_i uniform on the unit sphere");
        return new ProblemInstance
        {
            Name = Name,
            Size = dimension,
            Objective = new OrthogonalTensorObjective(LowRankSymmetricTensor.FromComponents(4, Enumerable.Repeat(1.0, dimension).ToArray(), components), dimension),
            Stochastic = new IcaCumulantOracle(components, dimension),
            Manifold = manifold,
            Start = uniform.Sample(seed),
            Starts = [uniform],
            SuggestedStepSize = 0.01,
            Truth = new GroundTruth(0.0, "max over matched pairs of min_s ‖u_i − s·a_π(i)‖ (Hungarian matching)", x => ComponentMatching.Error(x, flat, dimension)) { Minimizer = flat },
            Recommendations = Recommend(parameters),
        };
    }
}
