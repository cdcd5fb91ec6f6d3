using SaddleEscape.Catalog;

namespace SaddleEscape.Problems;

/// <summary>A benchmark landscape in the catalogue: name, documentation, parameters, and a factory.</summary>
public abstract class ProblemDefinition
{
    /// <summary>Catalogue name (kebab-case).</summary>
    public abstract string Name { get; }

    /// <summary>One line on what it is.</summary>
    public abstract string Summary { get; }

    /// <summary>Paper and equation it implements.</summary>
    public abstract string Reference { get; }

    /// <summary>One line on the known answer (minimisers, saddles).</summary>
    public abstract string GroundTruthSummary { get; }

    /// <summary>Dimension used when none is given.</summary>
    public abstract int DefaultDimension { get; }

    /// <summary>Its <c>--set</c> parameters.</summary>
    public abstract IReadOnlyList<ParameterSpec> Parameters { get; }

    /// <summary>Builds an instance; <paramref name="seed"/> drives the random start. Throws <see cref="ArgumentException"/> on bad settings.</summary>
    public abstract ProblemInstance Create(int dimension, KeyValueSettings settings, int seed);

    /// <summary>The settings with defaults filled in.</summary>
    protected IReadOnlyDictionary<string, string> Effective(KeyValueSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Parameters.ToDictionary(p => p.Key, p => settings.Text(p.Key, p.Default), StringComparer.Ordinal);
    }

    /// <summary>A Gaussian point projected onto <paramref name="manifold"/> (uniform on spheres), from the seed's start stream.</summary>
    protected static double[] RandomStartOn(Manifolds.IManifold manifold, int seed)
    {
        ArgumentNullException.ThrowIfNull(manifold);
        var x0 = new double[manifold.AmbientDimension];
        MathNet.Numerics.Distributions.Normal.Samples(StartRandom(seed), x0, 0, 1);
        manifold.ProjectToManifold(x0);
        return x0;
    }

    /// <summary>A random source for start points, decorrelated from the optimiser's stream of the same seed.</summary>
    protected static Random StartRandom(int seed) => new(unchecked((seed * 7919) + 104729));

    /// <summary>Throws the one-line message "owner: parameter 'key' must be expected (got value)" unless <paramref name="ok"/>.</summary>
    protected static void Require(string owner, string key, bool ok, double value, string expected)
    {
        if (!ok)
        {
            throw new ArgumentException(FormattableString.Invariant($"{owner}: parameter '{key}' must be {expected} (got {value})"));
        }
    }
}
