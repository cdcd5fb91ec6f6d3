using MathNet.Numerics.Distributions;
using SaddleEscape.Numerics;
using SaddleEscape.Problems;
using SaddleEscape.Manifolds;

namespace SaddleEscape.Experiments.Catalog;

/// <summary>
/// Catalogue entry <c>quadratic-saddle</c>: <see cref="QuadraticSaddle"/> with λ = −γ on the first
/// s coordinates and λ evenly spaced in [positive_min, positive_max] on the rest.
/// <c>start=stable-manifold</c> zeroes the negative coordinates of a Gaussian start, so that plain
/// GD converges to the saddle at 0 (Bruna 2018, lecture 10: ‖θ_k‖ → 0 iff θ₀ ∈ span of the positive directions).
/// </summary>
public sealed class QuadraticSaddleProblem : ProblemDefinition
{
    /// <inheritdoc />
    public override string Name => "quadratic-saddle";

    /// <inheritdoc />
    public override string Summary => "f(x) = ½Σλᵢxᵢ² + (μ/4)‖x‖⁴: a strict saddle at 0 with s directions of curvature −γ";

    /// <inheritdoc />
    public override string Reference => "Bruna 2018, lecture 10, 'Intuition: quadratic case', confined by a quartic";

    /// <inheritdoc />
    public override string GroundTruthSummary => "saddle at 0 (λ_min = −γ); minimisers: positive coordinates 0, ‖x_neg‖ = √(γ/μ); f* = −γ²/(4μ)";

    /// <inheritdoc />
    public override int DefaultDimension => 10;

    /// <inheritdoc />
    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        new("s", "1", "number of negative-curvature directions (the first s coordinates); s > 1 makes a sphere of minimisers"),
        new("gamma", "1", "γ > 0: the negative eigenvalues are −γ"),
        new("mu", "1", "μ > 0: weight of the confining quartic (μ/4)‖x‖⁴"),
        new("positive_min", "0.5", "smallest positive eigenvalue"),
        new("positive_max", "2", "largest positive eigenvalue (evenly spaced from positive_min)"),
        new("start", "random", "random (x₀ ~ N(0, scale²I)) or stable-manifold (the same with the negative coordinates set to 0)"),
        new("scale", "1", "standard deviation of the random start"),
        new("gradient_noise", "0", "σ ≥ 0: stochastic oracle ∇f + N(0, σ²I) for SGD-type optimisers"),
    ];

    /// <inheritdoc />
    protected override ProblemInstance Build(int dimension, KeyValueSettings settings, int seed)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string owner = settings.Owner;
        if (dimension < 2)
        {
            throw new ArgumentException($"{owner}: dimension must be ≥ 2 (got {dimension})");
        }

        long s = settings.Integer("s");
        double gamma = settings.Number("gamma");
        double mu = settings.Number("mu");
        double pMin = settings.Number("positive_min");
        double pMax = settings.Number("positive_max");
        string start = settings.Choice("start", "random", "stable-manifold");
        double scale = settings.Number("scale");
        double noise = settings.Number("gradient_noise");
        if (s < 1 || s >= dimension)
        {
            throw new ArgumentException($"{owner}: parameter 's' must be in [1, dimension − 1] = [1, {dimension - 1}] (got {s})");
        }

        Require(owner, "gamma", gamma > 0, gamma, "> 0");
        Require(owner, "mu", mu > 0, mu, "> 0");
        Require(owner, "positive_min", pMin > 0, pMin, "> 0");
        Require(owner, "positive_max", pMax >= pMin, pMax, "≥ positive_min");
        Require(owner, "scale", scale > 0, scale, "> 0");
        Require(owner, "gradient_noise", noise >= 0, noise, "≥ 0");

        int negatives = (int)s;
        var lambda = new double[dimension];
        int positives = dimension - negatives;
        for (int i = 0; i < dimension; i++)
        {
            lambda[i] = i < negatives
                ? -gamma
                : positives == 1 ? pMin : pMin + ((pMax - pMin) * (i - negatives) / (positives - 1));
        }

        var objective = new QuadraticSaddle(lambda, mu);
        var x0 = new double[dimension];
        Normal.Samples(SeedStreams.Random(seed, "start"), x0, 0, scale);
        if (start == "stable-manifold")
        {
            Array.Clear(x0, 0, negatives);
        }

        double radius2 = Math.Max(gamma / mu, x0.Sum(v => v * v));
        double ell = Math.Max(pMax, gamma) + (3 * mu * radius2);
        double minRadius = Math.Sqrt(gamma / mu);
        return new ProblemInstance
        {
            Name = Name,
            Objective = objective,
            Stochastic = noise > 0 ? new Objectives.AdditiveGaussianGradientNoise(objective, noise) : null,
            Manifold = new Euclidean(dimension),
            Start = x0,
            Symmetry = PointSymmetry.CoordinateSigns,
            SuggestedStepSize = 1 / ell,
            Smoothness = new Smoothness(ell, 6 * mu * Math.Sqrt(radius2)),
            Truth = new GroundTruth(
                -gamma * gamma / (4 * mu),
                "distance to the set of global minimisers {x : positive coordinates 0, ‖x_neg‖ = √(γ/μ)}",
                x =>
                {
                    double neg = 0, pos = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (i < negatives)
                        {
                            neg += x[i] * x[i];
                        }
                        else
                        {
                            pos += x[i] * x[i];
                        }
                    }

                    double radial = Math.Sqrt(neg) - minRadius;
                    return Math.Sqrt(pos + (radial * radial));
                }),
        };
    }
}
