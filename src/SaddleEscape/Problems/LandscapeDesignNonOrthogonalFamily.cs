namespace SaddleEscape.Problems;

/// <summary>
/// <c>landscape-design-F</c>: App. C's F(B) (Ge, Lee &amp; Ma 2018 Eq. C.1) for a general full-rank B* (unit rows, condition
/// number <c>condition</c>) and a* uniform in [1, 2]. F's local minima are B with B·B*ᵀ = D·P (each b_j is orthogonal to all
/// rows of B* but one), so the first layer is read off as B̂ = B⁻ᵀ (rows normalised, App. D) and e(Q) uses Q = B̂·B*⁻¹.
/// </summary>
public sealed class LandscapeDesignNonOrthogonalFamily : ProblemFamily<LandscapeDesignNonOrthogonalParameters>
{
    /// <inheritdoc />
    public override string Name => "landscape-design-F";

    /// <inheritdoc />
    public override string Summary => "App. C's F(B): the designed objective for a general (non-orthogonal) first layer B*";

    /// <inheritdoc />
    public override string Reference => "Ge, Lee & Ma 2018 App. C, Eq. C.1; App. D Alg. 2 (ICLR)";

    /// <inheritdoc />
    public override string GroundTruthSummary => "local minima B with B·B*ᵀ = D·P: the first layer B̂ = B⁻ᵀ (rows normalised) has e(Q) = 0";

    /// <inheritdoc />
    public override int DefaultDimension => 10;

    /// <inheritdoc />
    protected override IReadOnlyList<OptimizerRecommendation> Recommend(LandscapeDesignNonOrthogonalParameters parameters) => DesignedObjectiveInstances.Recommendations;

    /// <inheritdoc />
    public override ProblemFootprint Footprint(int dimension, object parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        // B is d × d; the teacher holds d × d; the closed form costs O(d³).
        double d = dimension;
        return new ProblemFootprint(d * d, 3 * d * d, d * d * d);
    }

    /// <inheritdoc />
    public override ProblemInstance Create(int dimension, LandscapeDesignNonOrthogonalParameters parameters, int seed)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var p = parameters;
        Require("dimension", dimension >= 2, dimension, "≥ 2");
        Require("condition", p.Condition >= 1 && double.IsFinite(p.Condition), p.Condition, "≥ 1");
        Require("mu", p.Mu >= 0 && double.IsFinite(p.Mu), p.Mu, "≥ 0");
        Require("lambda", p.Lambda > 0 && double.IsFinite(p.Lambda), p.Lambda, "> 0");
        return DesignedObjectiveInstances.Build(
            Name, dimension, nonOrthogonal: true, p.Activation, "general", PositiveWeights.Random, p.Condition, p.Mu, p.Lambda, p.Oracle, center: false, seed);
    }
}
