using SaddleEscape.Settings;

namespace SaddleEscape.Problems;

/// <summary>
/// A landscape with known answers, as a family of instances: (dimension, typed parameters, seed) → <see cref="ProblemInstance"/>
/// (objective, manifold, ground truth, named starts, ℓ and ρ, symmetry, recommended optimiser settings). The parameters are
/// a record whose settings are declared with <see cref="SettingAttribute"/> and whose defaults are its own
/// (<see cref="SettingsSchema"/>), so command lines and sweep files read keys, descriptions and defaults from one place.
/// Every family is listed by name in <see cref="ProblemFamilies"/>.
/// </summary>
public abstract class ProblemFamily
{
    /// <summary>Catalogue name (kebab-case).</summary>
    public abstract string Name { get; }

    /// <summary>One line on what it is.</summary>
    public abstract string Summary { get; }

    /// <summary>Paper (author–year) and equation it implements.</summary>
    public abstract string Reference { get; }

    /// <summary>One line on the known answer (minimisers, saddles).</summary>
    public abstract string GroundTruthSummary { get; }

    /// <summary>Dimension used when none is given.</summary>
    public abstract int DefaultDimension { get; }

    /// <summary>The typed parameters record.</summary>
    public abstract Type ParametersType { get; }

    /// <summary>The parameters record with every setting at its default.</summary>
    public object DefaultParameters => SettingsSchema.Defaults(ParametersType);

    /// <summary>Builds an instance; <paramref name="parameters"/> must be of <see cref="ParametersType"/>. Throws <see cref="ArgumentException"/> (one line naming the parameter) on bad values.</summary>
    public abstract ProblemInstance Create(int dimension, object parameters, int seed);

    /// <summary>The optimiser settings the family recommends for instances with <paramref name="parameters"/> (typed changes of settings records).</summary>
    public virtual IReadOnlyList<OptimizerRecommendation> Recommendations(object parameters) => [];

    /// <summary>
    /// What an instance at <paramref name="dimension"/> with <paramref name="parameters"/> costs, from the parameters alone
    /// (it must not allocate); by default n = d numbers per point, d of data and O(d) work per gradient. Families that grow
    /// faster say so.
    /// </summary>
    public virtual ProblemFootprint Footprint(int dimension, object parameters) => ProblemFootprint.Linear(dimension);

    /// <summary>An instance with default parameters.</summary>
    public ProblemInstance Create(int dimension, int seed = 0) => Create(dimension, DefaultParameters, seed);

    /// <summary>"problem NAME", the owner named in error messages.</summary>
    protected string Owner => $"problem {Name}";

    /// <summary>Throws the one-line message "problem NAME: parameter 'key' must be expected (got value)" unless <paramref name="ok"/>.</summary>
    protected void Require(string key, bool ok, double value, string expected)
    {
        if (!ok)
        {
            throw new ArgumentException(FormattableString.Invariant($"{Owner}: parameter '{key}' must be {expected} (got {value})"));
        }
    }

    /// <summary>Throws "problem NAME: dimension must be in [min, max] (got d)" unless it is.</summary>
    protected void RequireDimension(int dimension, int minimum, int maximum = int.MaxValue, string why = "")
    {
        if (dimension < minimum || dimension > maximum)
        {
            string range = maximum == int.MaxValue ? FormattableString.Invariant($"≥ {minimum}") : FormattableString.Invariant($"in [{minimum}, {maximum}]");
            throw new ArgumentException(FormattableString.Invariant($"{Owner}: dimension (--dim) must be {range}{why} (got {dimension})"));
        }
    }
}
