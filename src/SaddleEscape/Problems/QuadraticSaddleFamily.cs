using MathNet.Numerics.Distributions;
using SaddleEscape.Manifolds;
using SaddleEscape.Numerics;
using SaddleEscape.Objectives;

namespace SaddleEscape.Problems;

/// <summary>
/// <c>quadratic-saddle</c>: <see cref="QuadraticSaddle"/> with λ = −γ on the first s coordinates and λ evenly spaced in
/// [positive_min, positive_max] on the rest. Its exact saddle is 0; <c>start=stable-manifold</c> zeroes the negative
/// coordinates of a Gaussian start, so that plain GD converges to the saddle (Bruna 2018, lecture 10: ‖θ_k‖ → 0 iff θ₀ is in
/// the span of the positive directions). ℓ and ρ are bounds on the ball of radius max(√(γ/μ), ‖x₀‖), which GD from x₀ with
/// η ≤ 1/ℓ does not leave: ℓ = max(positive_max, γ) + 3μR², ρ = 6μR.
/// </summary>
public sealed class QuadraticSaddleFamily : ProblemFamily<QuadraticSaddleParameters>
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
    public override ProblemInstance Create(int dimension, QuadraticSaddleParameters parameters, int seed)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        RequireDimension(dimension, 2);
        var p = parameters;
        Require("s", p.NegativeDirections >= 1 && p.NegativeDirections < dimension, p.NegativeDirections, $"in [1, dimension − 1] = [1, {dimension - 1}]");
        Require("gamma", p.Gamma > 0 && double.IsFinite(p.Gamma), p.Gamma, "> 0");
        Require("mu", p.Mu > 0 && double.IsFinite(p.Mu), p.Mu, "> 0");
        Require("positive_min", p.PositiveMin > 0 && double.IsFinite(p.PositiveMin), p.PositiveMin, "> 0");
        Require("positive_max", p.PositiveMax >= p.PositiveMin && double.IsFinite(p.PositiveMax), p.PositiveMax, "≥ positive_min");
        Require("scale", p.Scale > 0 && double.IsFinite(p.Scale), p.Scale, "> 0");
        Require("gradient_noise", p.GradientNoise >= 0 && double.IsFinite(p.GradientNoise), p.GradientNoise, "≥ 0");

        int negatives = p.NegativeDirections;
        var lambda = new double[dimension];
        int positives = dimension - negatives;
        for (int i = 0; i < dimension; i++)
        {
            lambda[i] = i < negatives
                ? -p.Gamma
                : positives == 1 ? p.PositiveMin : p.PositiveMin + ((p.PositiveMax - p.PositiveMin) * (i - negatives) / (positives - 1));
        }

        var objective = new QuadraticSaddle(lambda, p.Mu);
        double[] Gaussian(int s)
        {
            var x = new double[dimension];
            Normal.Samples(SeedStreams.Random(s, "start"), x, 0, p.Scale);
            return x;
        }

        StartDistribution[] starts =
        [
            new("random", "x₀ ~ N(0, scale²I)", Gaussian),
            new("stable-manifold", "N(0, scale²I) with the s negative coordinates set to 0: GD from there converges to the saddle", s =>
            {
                var x = Gaussian(s);
                Array.Clear(x, 0, negatives);
                return x;
            }),
            new("saddle", "x₀ = 0, the strict saddle (g = 0, λ_min = −γ)", _ => new double[dimension], IsExactSaddle: true),
        ];
        var x0 = starts[(int)p.Start].Sample(seed);
        double radius2 = Math.Max(p.Gamma / p.Mu, x0.Sum(v => v * v));
        double ell = Math.Max(p.PositiveMax, p.Gamma) + (3 * p.Mu * radius2);
        double minRadius = Math.Sqrt(p.Gamma / p.Mu);
        return new ProblemInstance
        {
            Name = Name,
            Objective = objective,
            Stochastic = p.GradientNoise > 0 ? new AdditiveGaussianGradientNoise(objective, p.GradientNoise) : null,
            Manifold = new Euclidean(dimension),
            Start = x0,
            Starts = starts,
            Symmetry = PointSymmetry.CoordinateSigns,
            ContinuousSymmetryDimension = negatives > 1 ? negatives - 1 : 0,
            SuggestedStepSize = 1 / ell,
            Smoothness = new Smoothness(ell, 6 * p.Mu * Math.Sqrt(radius2)),
            SmoothnessSource = "bounds on the ball of radius max(√(γ/μ), ‖x₀‖)",
            Truth = new GroundTruth(
                -p.Gamma * p.Gamma / (4 * p.Mu),
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
                })
            {
                Minimizer = [minRadius, .. new double[dimension - 1]],
            },
        };
    }
}
