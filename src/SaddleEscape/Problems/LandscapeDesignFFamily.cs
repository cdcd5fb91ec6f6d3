using MathNet.Numerics.Distributions;
using SaddleEscape.Manifolds;
using SaddleEscape.Networks;
using SaddleEscape.Numerics;
using SaddleEscape.Optimizers;
using SaddleEscape.Settings;

namespace SaddleEscape.Problems;

/// <summary>
/// <c>landscape-design-f</c>: the plain ℓ₂ risk f(a, B) = E[(aᵀσ(Bx) − y)²] of a student with the teacher's activation
/// (Ge, Lee &amp; Ma 2018 Eq. 2.2), trained on fresh samples; or f′ (Eq. 2.5). The paper reports that SGD on f does not reach
/// the ground truth (Fig. 1–2): spurious local minima. Recovery error: e(Q) of Eq. 4.1 for B; the deterministic value is
/// the risk on 5 000 fixed validation samples.
/// </summary>
public sealed class LandscapeDesignFFamily : ProblemFamily<LandscapeDesignFParameters>
{
    /// <inheritdoc />
    public override string Name => "landscape-design-f";

    /// <inheritdoc />
    public override string Summary => "ℓ₂ risk of a one-hidden-layer student against a teacher of the same architecture (fresh samples)";

    /// <inheritdoc />
    public override string Reference => "Ge, Lee & Ma 2018 Eq. 2.2, Thm. 2.1, Fig. 1–2 (ICLR)";

    /// <inheritdoc />
    public override string GroundTruthSummary => "global minima (a, B) = (P a*, P B*) for permutations P (f = noise²); the paper finds SGD stuck elsewhere";

    /// <inheritdoc />
    public override int DefaultDimension => 10;

    /// <inheritdoc />
    protected override IReadOnlyList<OptimizerRecommendation> Recommend(LandscapeDesignFParameters parameters) =>
        [OptimizerRecommendation.For<StochasticGradientDescentSettings>(s => s with { BatchSize = parameters?.Objective == StudentObjective.FPrime ? 8192 : 256 }, "the sample loss is noisy: f′'s needs larger batches than f's")];

    /// <inheritdoc />
    public override ProblemFootprint Footprint(int dimension, object parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        // (a, B) has d(1 + d) numbers; the teacher, 5 000 validation samples and label centring's 65 536 samples hold d inputs each.
        double d = dimension;
        return new ProblemFootprint(d * (1 + d), (2 * d * d) + (70_536 * d), 5_000 * d * d);
    }

    /// <inheritdoc />
    public override ProblemInstance Create(int dimension, LandscapeDesignFParameters parameters, int seed)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var p = parameters;
        Require("dimension", dimension >= 2, dimension, "≥ 2");
        var activation = Activation.Named(SettingsSchema.ChoiceName(p.Activation));
        bool prime = p.Objective == StudentObjective.FPrime;
        Require("noise", p.Noise >= 0 && double.IsFinite(p.Noise), p.Noise, "≥ 0");
        bool center = p.CenterLabels;
        if (center && !prime)
        {
            throw new ArgumentException($"{Owner}: parameter 'centre_labels' needs objective=fprime (f's student can represent the labels' constant and linear parts, so centring would change f's minimisers)");
        }

        var random = SeedStreams.Random(seed, "network-teacher");
        var bStar = TeacherNetwork.OrthogonalFirstLayer(SettingsSchema.ChoiceName(p.Teacher), dimension, random);
        var teacher = new TeacherNetwork(Enumerable.Repeat(1.0, dimension).ToArray(), bStar, dimension, activation, p.Noise);
        Func<double, double> gamma = activation.Function, gammaPrime = activation.Derivative;
        if (prime)
        {
            // γ = σ₂h₂ + σ₄h₄ and γ′ = σ₂√2·h₁ + σ₄·2·h₃ (h_k′ = √k·h_{k−1}).
            var c = HermiteCoefficients.Compute(activation, 4);
            // Normalised Hermite closed forms: h₂ = (z² − 1)/√2, h₄ = (z⁴ − 6z² + 3)/√24; h₂′ = √2·z, h₄′ = 2h₃ = 2(z³ − 3z)/√6.
            double c2 = c[2] / Math.Sqrt(2), c4 = c[4] / Math.Sqrt(24), d2 = c[2] * Math.Sqrt(2), d4 = 2 * c[4] / Math.Sqrt(6);
            gamma = z =>
            {
                double z2 = z * z;
                return (c2 * (z2 - 1)) + (c4 * ((z2 * z2) - (6 * z2) + 3));
            };
            gammaPrime = z => (d2 * z) + (d4 * z * ((z * z) - 3));
        }

        var centring = center ? LabelCentring.Estimate(teacher, 65_536, SeedStreams.Derive(seed, "label-centring")) : null;
        var loss = new NetworkSquaredLoss(teacher, gamma, gammaPrime, 5_000, SeedStreams.Derive(seed, "validation-set"), centring);
        IManifold manifold = prime ? new CartesianProduct(new Euclidean(dimension), new ProductOfSpheres(dimension, dimension)) : new Euclidean(dimension * (1 + dimension));
        var start = new StartDistribution("random", "entries N(0, 1/d), projected (B's rows normalised for f′)", s =>
        {
            var x0 = new double[dimension * (1 + dimension)];
            Normal.Samples(SeedStreams.Random(s, "start"), x0, 0, 1 / Math.Sqrt(dimension));
            manifold.ProjectToManifold(x0);
            return x0;
        });
        return new ProblemInstance
        {
            Name = Name,
            Size = dimension,
            Objective = loss,
            Stochastic = loss,
            Manifold = manifold,
            Start = start.Sample(seed),
            Starts = [start],
            SuggestedStepSize = 0.01,
            Truth = new GroundTruth(null, "e(Q) of Ge, Lee & Ma 2018 Eq. 4.1 for B (max of row and column parts)", x => PermutationError.Error(PermutationError.Q(x.AsSpan(dimension), bStar, dimension))),
            Recommendations = Recommend(p),
        };
    }
}
