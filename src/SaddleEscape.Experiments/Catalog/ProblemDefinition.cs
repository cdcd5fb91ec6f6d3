using SaddleEscape.Experiments.Running;
using SaddleEscape.Manifolds;
using SaddleEscape.Numerics;

namespace SaddleEscape.Experiments.Catalog;

/// <summary>A benchmark landscape in the catalogue: name, documentation, parameters, and a factory.</summary>
public abstract class ProblemDefinition
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

    /// <summary>Its <c>--set</c> parameters, each with its one default.</summary>
    public abstract IReadOnlyList<ParameterSpec> Parameters { get; }

    /// <summary>
    /// Settings the problem recommends for particular optimisers (optimizer name → key=value items); they apply where
    /// the user gives no value of their own. The same for every instance.
    /// </summary>
    public virtual IReadOnlyDictionary<string, string[]> Recommendations(KeyValueSettings settings) => CatalogProblem.NoRecommendations;

    /// <summary>Parses <paramref name="items"/> (key=value) against <see cref="Parameters"/>.</summary>
    public KeyValueSettings ParseSettings(IEnumerable<string> items) => KeyValueSettings.Parse($"problem {Name}", items, Parameters);

    /// <summary>Builds an instance from key=value items; <paramref name="seed"/> drives the random start and instance.</summary>
    public CatalogProblem Create(int dimension, IEnumerable<string> items, int seed) => Create(dimension, ParseSettings(items), seed);

    /// <summary>
    /// Builds an instance; <paramref name="seed"/> drives the random start. Throws <see cref="ArgumentException"/> on
    /// bad settings, and (unless <c>--force</c>) before allocating anything when <see cref="Footprint"/> is over the
    /// memory limit (<see cref="ResourceLimits.RequireMemory"/>).
    /// </summary>
    public CatalogProblem Create(int dimension, KeyValueSettings settings, int seed)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (dimension >= 1)
        {
            var footprint = Footprint(dimension, settings);
            ResourceLimits.RequireMemory($"problem {Name} at d = {dimension} ({footprint.Describe()})", footprint.Bytes);
        }

        return new CatalogProblem(Build(dimension, settings, seed), settings.Effective, Recommendations(settings));
    }

    /// <summary>
    /// What an instance at <paramref name="dimension"/> costs, from the settings alone (it must not allocate); by
    /// default n = d numbers per point, d of data and O(d) work per gradient. Problems that grow faster say so.
    /// </summary>
    public virtual ProblemFootprint Footprint(int dimension, KeyValueSettings settings) => ProblemFootprint.Linear(dimension);

    /// <summary>The typed instance for <paramref name="settings"/>.</summary>
    protected abstract Problems.ProblemInstance Build(int dimension, KeyValueSettings settings, int seed);

    /// <summary>A Gaussian point projected onto <paramref name="manifold"/> (uniform on spheres), from the seed's start stream.</summary>
    protected static double[] RandomStartOn(IManifold manifold, int seed)
    {
        ArgumentNullException.ThrowIfNull(manifold);
        var x0 = new double[manifold.AmbientDimension];
        MathNet.Numerics.Distributions.Normal.Samples(SeedStreams.Random(seed, "start"), x0, 0, 1);
        manifold.ProjectToManifold(x0);
        return x0;
    }

    /// <summary>Throws the one-line message "owner: parameter 'key' must be expected (got value)" unless <paramref name="ok"/>.</summary>
    protected static void Require(string owner, string key, bool ok, double value, string expected)
    {
        if (!ok)
        {
            throw new ArgumentException(FormattableString.Invariant($"{owner}: parameter '{key}' must be {expected} (got {value})"));
        }
    }
}
