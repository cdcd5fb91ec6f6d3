using MathNet.Numerics.Distributions;
using SaddleEscape.Manifolds;
using SaddleEscape.Networks;
using SaddleEscape.Numerics;
using SaddleEscape.Optimizers;
using SaddleEscape.Settings;

namespace SaddleEscape.Problems;

/// <summary>
/// What <see cref="LandscapeDesignGFamily"/> and <see cref="LandscapeDesignNonOrthogonalFamily"/> share: a teacher
/// y = a*ᵀσ(B*x), the designed objective G (Eq. 2.7) or App. C's F (Eq. C.1) over B ∈ R^{d×d}, and its recovery error e(Q).
/// </summary>
internal static class DesignedObjectiveInstances
{
    private const string BatchWhy = "G's sample estimator is noisy: batches of 8 192 teacher samples";

    /// <summary>SGD's batch on G's samples (both families).</summary>
    public static IReadOnlyList<OptimizerRecommendation> Recommendations { get; } =
        [OptimizerRecommendation.For<StochasticGradientDescentSettings>(s => s with { BatchSize = 8192 }, BatchWhy)];

    /// <summary>Builds the instance; <paramref name="teacherKind"/> "general" draws a B* of condition number <paramref name="condition"/> (App. C).</summary>
    public static ProblemInstance Build(
        string name, int dimension, bool nonOrthogonal, ActivationKind activationKind, string teacherKind, PositiveWeights aKind, double condition,
        double mu, double lambda, ObjectiveOracle oracle, bool center, int seed)
    {
        var activation = Activation.Named(SettingsSchema.ChoiceName(activationKind));
        var random = SeedStreams.Random(seed, "designed-teacher");
        var bStar = nonOrthogonal
            ? Tensors.RandomComponents.Flatten(Tensors.RandomComponents.WithCondition(dimension, dimension, condition, random))
            : TeacherNetwork.OrthogonalFirstLayer(teacherKind, dimension, random);
        var aStar = Enumerable.Range(0, dimension).Select(_ => aKind == PositiveWeights.Ones ? 1.0 : 1 + random.NextDouble()).ToArray();
        var teacher = new TeacherNetwork(aStar, bStar, dimension, activation);
        var design = new DesignedObjectiveSettings(mu, lambda);
        var objective = new DesignedObjectiveG(teacher, design, weightedNorm: nonOrthogonal);
        var centring = center ? LabelCentring.Estimate(teacher, 65_536, SeedStreams.Derive(seed, "label-centring")) : null;
        var start = new StartDistribution("random", "entries N(0, 1/d)", s =>
        {
            var x0 = new double[dimension * dimension];
            Normal.Samples(SeedStreams.Random(s, "start"), x0, 0, 1 / Math.Sqrt(dimension));
            return x0;
        });
        return new ProblemInstance
        {
            Name = name,
            Size = dimension,
            Objective = objective,
            Stochastic = oracle != ObjectiveOracle.Samples ? null
                : nonOrthogonal ? new NonOrthogonalObjectiveSampler(teacher, design) : new DesignedObjectiveSampler(teacher, design, centring),
            Manifold = new Euclidean(dimension * dimension),
            Start = start.Sample(seed),
            Starts = [start],
            SuggestedStepSize = 0.5 / (8 * lambda),
            Truth = nonOrthogonal
                ? new GroundTruth(null, "e(Q) of Ge, Lee & Ma 2018 Eq. 4.1 with Q = B̂·B*⁻¹, B̂ = B⁻ᵀ (App. D; rows normalised), max of its row and column parts", x => PermutationError.Error(PermutationError.Q(PermutationError.InverseTranspose(x, dimension), bStar, dimension)))
                : new GroundTruth(null, "e(Q) of Ge, Lee & Ma 2018 Eq. 4.1 with Q = B·B*⁻¹ (rows normalised), max of its row and column parts", x => PermutationError.Error(PermutationError.Q(x, bStar, dimension))),
            Recommendations = Recommendations,
        };
    }
}
