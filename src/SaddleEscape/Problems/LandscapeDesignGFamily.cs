using SaddleEscape.Settings;

namespace SaddleEscape.Problems;

/// <summary>
/// <c>landscape-design-G</c>: Ge, Lee &amp; Ma's designed objective G(B) (Ge, Lee &amp; Ma 2018 Eq. 2.7, Thm. 2.3/2.6) for a
/// teacher y = a*ᵀσ(B*x) with orthogonal B* (m = d) and a* &gt; 0, over B ∈ R^{d×d}. <c>oracle=population</c> (default)
/// minimises the closed form; <c>oracle=samples</c> gives SGD-type optimisers the sample objective with fresh teacher samples
/// each step. Recovery error: e(Q) of Eq. 4.1 (stricter max reading, see <see cref="Networks.PermutationError"/>).
/// </summary>
public sealed class LandscapeDesignGFamily : ProblemFamily<LandscapeDesignGParameters>
{
    /// <inheritdoc />
    public override string Name => "landscape-design-G";

    /// <inheritdoc />
    public override string Summary => "Ge, Lee & Ma's designed objective G(B) for a one-hidden-layer teacher (all local minima global)";

    /// <inheritdoc />
    public override string Reference => "Ge, Lee & Ma 2018, Eq. 2.7–2.9, Thm. 2.3, Thm. 2.6";

    /// <inheritdoc />
    public override string GroundTruthSummary => "local minima B = D·P·B* (P permutation, D ≈ ±I): e(Q) = 0 at every one of them";

    /// <inheritdoc />
    public override int DefaultDimension => 10;

    /// <inheritdoc />
    protected override IReadOnlyList<OptimizerRecommendation> Recommend(LandscapeDesignGParameters parameters) => DesignedObjectiveInstances.Recommendations;

    /// <inheritdoc />
    public override ProblemFootprint Footprint(int dimension, object parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        // B is d × d; the teacher holds d × d and label centring 65 536 samples of d inputs; the closed form costs O(d³).
        double d = dimension;
        return new ProblemFootprint(d * d, (3 * d * d) + (65_536 * d), d * d * d);
    }

    /// <inheritdoc />
    public override ProblemInstance Create(int dimension, LandscapeDesignGParameters parameters, int seed)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var p = parameters;
        Require("dimension", dimension >= 2, dimension, "≥ 2");
        Require("mu", p.Mu >= 0 && double.IsFinite(p.Mu), p.Mu, "≥ 0");
        Require("lambda", p.Lambda > 0 && double.IsFinite(p.Lambda), p.Lambda, "> 0");
        if (p.CenterLabels && p.Oracle != ObjectiveOracle.Samples)
        {
            throw new ArgumentException($"{Owner}: parameter 'centre_labels' needs oracle=samples (the population G is the same with or without it)");
        }

        return DesignedObjectiveInstances.Build(
            Name, dimension, nonOrthogonal: false, p.Activation, SettingsSchema.ChoiceName(p.Teacher), p.AStar, 1, p.Mu, p.Lambda, p.Oracle, p.CenterLabels, seed);
    }
}
