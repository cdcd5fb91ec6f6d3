using MathNet.Numerics.Distributions;
using SaddleEscape.Manifolds;
using SaddleEscape.Numerics;
using SaddleEscape.Objectives;
using System.Numerics.Tensors;

namespace SaddleEscape.Problems;

/// <summary>
/// <c>octopus</c>: <see cref="OctopusFunction"/> (Du et al. 2017) with the paper's experimental constants and its
/// initialisations: uniform on [−a, a]^d (a = 1 in the paper) or uniform in the ball of radius a; its first saddle is 0.
/// </summary>
public sealed class OctopusFamily : ProblemFamily<OctopusParameters>
{
    /// <inheritdoc />
    public override string Name => "octopus";

    /// <inheritdoc />
    public override string Summary => "Du et al. 2017's chain of d saddles on which GD from a random start needs time exponential in d";

    /// <inheritdoc />
    public override string Reference => "Du, Jin, Lee, Jordan, Póczos & Singh 2017 (Bruna 2018, lecture 10 'Smooth counter-example'; Farrell & Quintero Peña 2019 §1.1)";

    /// <inheritdoc />
    public override string GroundTruthSummary => "global minimisers |x_j| = 4τ for all j, f* = −dν with ν = (13/6)γτ² + (37/6)Lτ²; saddles at |x| = (4τ,…,4τ,0,…,0)";

    /// <inheritdoc />
    public override int DefaultDimension => 10;

    /// <inheritdoc />
    public override ProblemInstance Create(int dimension, OctopusParameters parameters, int seed)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        RequireDimension(dimension, 1);
        var p = parameters;
        Require("L", p.L > 0 && double.IsFinite(p.L), p.L, "> 0");
        Require("gamma", p.Gamma > 0 && double.IsFinite(p.Gamma), p.Gamma, "> 0");
        Require("tau", p.Tau > 0 && double.IsFinite(p.Tau), p.Tau, "> 0");
        Require("start_radius", p.StartRadius > 0 && p.StartRadius <= p.Tau, p.StartRadius, "in (0, τ] so that the start lies in the tube");
        Require("gradient_noise", p.GradientNoise >= 0 && double.IsFinite(p.GradientNoise), p.GradientNoise, "≥ 0");

        var objective = new OctopusFunction(dimension, p.L, p.Gamma, p.Tau);
        double a = p.StartRadius;
        StartDistribution[] starts =
        [
            new("uniform", "x₀ uniform on [−a, a]^d (the paper's)", s =>
            {
                var random = SeedStreams.Random(s, "start");
                var x = new double[dimension];
                for (int j = 0; j < dimension; j++)
                {
                    x[j] = a * ((2 * random.NextDouble()) - 1);
                }

                return x;
            }),
            new("ball", "x₀ uniform in the ball of radius a", s =>
            {
                var random = SeedStreams.Random(s, "start");
                var x = new double[dimension];
                Normal.Samples(random, x, 0, 1);
                double scale = a * Math.Pow(random.NextDouble(), 1.0 / dimension) / TensorPrimitives.Norm(x);
                TensorPrimitives.Multiply(x, scale, x);
                return x;
            }),
            new("saddle", "x₀ = 0, the first saddle of the chain (g = 0, λ_min = −2γ)", _ => new double[dimension], IsExactSaddle: true),
        ];
        double fourTau = 4 * p.Tau;
        return new ProblemInstance
        {
            Name = Name,
            Objective = objective,
            Stochastic = p.GradientNoise > 0 ? new AdditiveGaussianGradientNoise(objective, p.GradientNoise) : null,
            Manifold = new Euclidean(dimension),
            Start = starts[(int)p.Start].Sample(seed),
            Starts = starts,
            Symmetry = PointSymmetry.CoordinateSigns,
            SuggestedStepSize = 1 / (4 * p.L),
            Truth = new GroundTruth(
                objective.GlobalMinimum,
                "‖|x| − 4τ·1‖: distance to the nearest global minimiser",
                x =>
                {
                    double sum = 0;
                    foreach (double v in x)
                    {
                        double e = Math.Abs(v) - fourTau;
                        sum += e * e;
                    }

                    return Math.Sqrt(sum);
                })
            {
                Minimizer = Enumerable.Repeat(fourTau, dimension).ToArray(),
            },
        };
    }
}
