using MathNet.Numerics.Distributions;
using SaddleEscape.Numerics;
using SaddleEscape.Problems;
using SaddleEscape.Manifolds;
using SaddleEscape.Networks;
using SaddleEscape.Tensors;

namespace SaddleEscape.Experiments.Catalog;

/// <summary>
/// Catalogue entry <c>landscape-design-G</c>: Ge, Lee &amp; Ma's designed objective G(B) (Ge, Lee &amp; Ma 2018
/// Eq. 2.7, Thm. 2.3/2.6) for a teacher y = a*ᵀσ(B*x) with orthogonal B* (m = d) and a* &gt; 0, over
/// B ∈ R^{d×d}. <c>oracle=population</c> (default) minimises the closed form; <c>oracle=samples</c>
/// gives SGD-type optimisers the sample objective with fresh teacher samples each step.
/// Recovery error: e(Q) of Eq. 4.1 (stricter max reading, see <see cref="PermutationError"/>).
/// <para>
/// Constructed with <c>nonOrthogonal: true</c> it is the entry <c>landscape-design-F</c>: App. C's F(B)
/// (Eq. C.1) for a general full-rank B* (unit rows, condition number <c>condition</c>) and a* uniform in
/// [1, 2]. F's local minima are B with B·B*ᵀ = D·P (each b_j is orthogonal to all rows of B* but one), so
/// the first layer is read off as B̂ = B⁻ᵀ (rows normalised, App. D) and e(Q) uses Q = B̂·B*⁻¹.
/// </para>
/// </summary>
public sealed class LandscapeDesignGProblem : ProblemDefinition
{
    private readonly bool _nonOrthogonal;

    /// <summary>G (orthogonal B*); with <paramref name="nonOrthogonal"/> App. C's F for a general B*.</summary>
    public LandscapeDesignGProblem(bool nonOrthogonal = false)
    {
        _nonOrthogonal = nonOrthogonal;
        Parameters = nonOrthogonal
            ?
            [
                new("activation", "relu", "teacher activation: relu, or another with σ₄ ≠ 0 and σ₂ ≠ 0"),
                new("condition", "3", "condition number of B* before its rows are normalised (≥ 1)"),
                new("mu", "0.1", "μ of Eq. 2.7"),
                new("lambda", "10", "λ of Eq. C.1"),
                new("oracle", "population", "population (closed form) or samples (two-sample estimator of Eq. C.1)"),
            ]
            :
            [
                new("activation", "relu", "teacher activation: relu, or another with σ₄ ≠ 0 (sigmoid and tanh have σ₄ = 0)"),
                new("teacher", "random", "B*: random (a random orthogonal matrix) or identity (the paper's experiments)"),
                new("a_star", "ones", "a*: ones (the paper's) or random (uniform in [1, 2])"),
                new("mu", "0.1", "μ of Eq. 2.7"),
                new("lambda", "10", "λ of Eq. 2.7"),
                new("oracle", "population", "population (closed form) or samples (fresh teacher samples; SGD batch from --opt batch_size)"),
                new("centre_labels", "false", "samples only: train on y − ȳ − ĉᵀx (ȳ, ĉ from 65 536 separate samples); G's terms are orthogonal to constants and linear functions, so the population G is unchanged and the gradient noise drops"),
            ];
    }

    /// <inheritdoc />
    public override string Name => _nonOrthogonal ? "landscape-design-F" : "landscape-design-G";

    /// <inheritdoc />
    public override string Summary => _nonOrthogonal
        ? "App. C's F(B): the designed objective for a general (non-orthogonal) first layer B*"
        : "Ge, Lee & Ma's designed objective G(B) for a one-hidden-layer teacher (all local minima global)";

    /// <inheritdoc />
    public override string Reference => _nonOrthogonal
        ? "Ge, Lee & Ma 2018 App. C, Eq. C.1; App. D Alg. 2 (ICLR)"
        : "Ge, Lee & Ma 2018, Eq. 2.7–2.9, Thm. 2.3, Thm. 2.6";

    /// <inheritdoc />
    public override string GroundTruthSummary => _nonOrthogonal
        ? "local minima B with B·B*ᵀ = D·P: the first layer B̂ = B⁻ᵀ (rows normalised) has e(Q) = 0"
        : "local minima B = D·P·B* (P permutation, D ≈ ±I): e(Q) = 0 at every one of them";

    /// <inheritdoc />
    public override int DefaultDimension => 10;

    /// <inheritdoc />
    public override IReadOnlyList<ParameterSpec> Parameters { get; }

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, string[]> Recommendations(KeyValueSettings settings) => new Dictionary<string, string[]> { ["sgd"] = ["batch_size=8192"] };

    /// <inheritdoc />
    public override ProblemFootprint Footprint(int dimension, KeyValueSettings settings)
    {
        // B is d × d; the teacher holds d × d and label centring 65 536 samples of d inputs; the closed form costs O(d³).
        double d = dimension;
        return new ProblemFootprint(d * d, (3 * d * d) + (65_536 * d), d * d * d);
    }

    /// <inheritdoc />
    protected override ProblemInstance Build(int dimension, KeyValueSettings settings, int seed)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string owner = settings.Owner;
        Require(owner, "dimension", dimension >= 2, dimension, "≥ 2");
        var activation = Activation.Named(settings.Choice("activation", "relu", "sigmoid", "tanh"));
        string teacherKind = _nonOrthogonal ? "general" : settings.Choice("teacher", "random", "identity");
        string aKind = _nonOrthogonal ? "random" : settings.Choice("a_star", "ones", "random");
        double condition = _nonOrthogonal ? settings.Number("condition") : 1;
        Require(owner, "condition", condition >= 1, condition, "≥ 1");
        double mu = settings.Number("mu"), lambda = settings.Number("lambda");
        string oracle = settings.Choice("oracle", "population", "samples");
        Require(owner, "mu", mu >= 0, mu, "≥ 0");
        Require(owner, "lambda", lambda > 0, lambda, "> 0");
        var random = SeedStreams.Random(seed, "designed-teacher");
        var bStar = _nonOrthogonal
            ? Tensors.RandomComponents.Flatten(Tensors.RandomComponents.WithCondition(dimension, dimension, condition, random))
            : TeacherNetwork.OrthogonalFirstLayer(teacherKind, dimension, random);
        var aStar = Enumerable.Range(0, dimension).Select(_ => aKind == "ones" ? 1.0 : 1 + random.NextDouble()).ToArray();
        var teacher = new TeacherNetwork(aStar, bStar, dimension, activation);
        var design = new DesignedObjectiveSettings(mu, lambda);
        var objective = new DesignedObjectiveG(teacher, design, weightedNorm: _nonOrthogonal);
        bool centre = !_nonOrthogonal && settings.Boolean("centre_labels");
        if (centre && oracle != "samples")
        {
            throw new ArgumentException($"{owner}: parameter 'centre_labels' needs oracle=samples (the population G is the same with or without it)");
        }

        var centring = centre ? LabelCentring.Estimate(teacher, 65_536, SeedStreams.Derive(seed, "label-centring")) : null;
        var x0 = new double[dimension * dimension];
        Normal.Samples(SeedStreams.Random(seed, "start"), x0, 0, 1 / Math.Sqrt(dimension));
        return new ProblemInstance
        {
            Name = Name,
            Size = dimension,
            Objective = objective,
            Stochastic = oracle != "samples" ? null
                : _nonOrthogonal ? new NonOrthogonalObjectiveSampler(teacher, design) : new DesignedObjectiveSampler(teacher, design, centring),
            Manifold = new Euclidean(dimension * dimension),
            Start = x0,
            SuggestedStepSize = 0.5 / (8 * lambda),
            Truth = _nonOrthogonal
                ? new GroundTruth(null, "e(Q) of Ge, Lee & Ma 2018 Eq. 4.1 with Q = B̂·B*⁻¹, B̂ = B⁻ᵀ (App. D; rows normalised), max of its row and column parts", x => PermutationError.Error(PermutationError.Q(PermutationError.InverseTranspose(x, dimension), bStar, dimension)))
                : new GroundTruth(null, "e(Q) of Ge, Lee & Ma 2018 Eq. 4.1 with Q = B·B*⁻¹ (rows normalised), max of its row and column parts", x => PermutationError.Error(PermutationError.Q(x, bStar, dimension))),
        };
    }
}
