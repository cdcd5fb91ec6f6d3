using SaddleEscape.Landscape;
using SaddleEscape.Manifolds;
using SaddleEscape.Objectives;
using SaddleEscape.Optimizers;

namespace SaddleEscape.Problems;

/// <summary>A problem made concrete: objective, manifold, start point, ground truth and hints for optimisers.</summary>
public sealed class ProblemInstance
{
    /// <summary>Catalogue name.</summary>
    public required string Name { get; init; }

    /// <summary>The objective.</summary>
    public required IObjective Objective { get; init; }

    /// <summary>A stochastic oracle for it, when the problem has one.</summary>
    public IStochasticObjective? Stochastic { get; init; }

    /// <summary>The manifold it lives on.</summary>
    public required IManifold Manifold { get; init; }

    /// <summary>The start point the problem's settings and seed produce.</summary>
    public required double[] Start { get; init; }

    /// <summary>Ground truth, when known.</summary>
    public GroundTruth? Truth { get; init; }

    /// <summary>A safe default step size (≈ 1/ℓ on the region runs visit).</summary>
    public required double SuggestedStepSize { get; init; }

    /// <summary>ℓ and ρ when the problem knows them.</summary>
    public Smoothness? Smoothness { get; init; }

    /// <summary>The problem's size parameter (<c>--dim</c>) when it differs from the length of a point (e.g. d for k vectors in R^d).</summary>
    public int? Size { get; init; }

    /// <summary>The problem's symmetries, when it declares them (critical points are de-duplicated up to them).</summary>
    public PointSymmetry? Symmetry { get; init; }

    /// <summary>
    /// The named ways to draw a start (always "random"; "saddle" where the family has an exact strict saddle with g = 0;
    /// "stable-manifold" where GD from there converges to that saddle). <see cref="Start"/> is one draw of the one the
    /// parameters chose.
    /// </summary>
    public IReadOnlyList<StartDistribution> Starts { get; init; } = [];

    /// <summary>Where <see cref="Smoothness"/> comes from: "known" (closed form), "bound on the region runs visit", or how it was estimated.</summary>
    public string? SmoothnessSource { get; init; }

    /// <summary>
    /// The continuous symmetry (e.g. U ↦ UQ with Q ∈ O(r)), when the problem has one: the certificate projects its orbit's
    /// tangent directions out and can then call a minimum <c>local-min</c> up to it.
    /// </summary>
    public ContinuousSymmetry? ContinuousSymmetry { get; init; }

    /// <summary>Dimension of the continuous symmetry's generic orbit: that many Hessian eigenvalues are zero at every minimum for that reason; 0 without one.</summary>
    public int ContinuousSymmetryDimension => ContinuousSymmetry?.OrbitDimension ?? 0;

    /// <summary>Settings the problem recommends per optimiser, as typed changes of their settings records.</summary>
    public IReadOnlyList<OptimizerRecommendation> Recommendations { get; init; } = [];

    /// <summary>The start named <paramref name="name"/>; a one-line <see cref="ArgumentException"/> listing the known ones otherwise.</summary>
    public StartDistribution StartNamed(string name) =>
        Starts.FirstOrDefault(s => s.Name == name)
        ?? throw new ArgumentException($"problem {Name}: unknown start '{name}' (known: {string.Join(", ", Starts.Select(s => s.Name))})");

    /// <summary><paramref name="settings"/> with every recommendation for its type applied (the defaults of a settings record in, the recommended settings out).</summary>
    public TSettings Recommended<TSettings>(TSettings settings)
        where TSettings : class, IOptimizerSettings => (TSettings)Recommended((IOptimizerSettings)settings);

    /// <summary><paramref name="settings"/> with every recommendation for its type applied.</summary>
    public IOptimizerSettings Recommended(IOptimizerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var s = settings;
        foreach (var r in Recommendations.Where(r => r.SettingsType == settings.GetType()))
        {
            s = r.Apply(s);
        }

        return s;
    }

    /// <summary>What the instance tells optimisers whose settings are "auto": its suggested step and ρ.</summary>
    public OptimizerHints Hints => Problem.Hints;

    /// <summary>The instance as a <see cref="Problems.Problem"/> (objective, manifold, f*, ℓ and ρ, suggested step) for <see cref="Minimize"/>.</summary>
    public Problem Problem => new()
    {
        Objective = Objective,
        Manifold = Manifold,
        Stochastic = Stochastic,
        Name = Name,
        KnownMinimum = Truth?.GlobalMinimum,
        Smoothness = Smoothness,
        SuggestedStepSize = SuggestedStepSize,
        Symmetry = ContinuousSymmetry,
    };

    /// <summary>A fresh counting oracle over the objective and its stochastic oracle.</summary>
    public Oracle CreateOracle() => new(Objective, Stochastic);
}
