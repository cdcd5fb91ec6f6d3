using MathNet.Numerics.Distributions;
using SaddleEscape.Numerics;
using SaddleEscape.Problems;
using SaddleEscape.Manifolds;
using System.Numerics.Tensors;

namespace SaddleEscape.Experiments.Catalog;

/// <summary>
/// Catalogue entry <c>octopus</c>: <see cref="OctopusFunction"/> with the paper's experimental
/// constants (L = e, γ = 1, τ = e) and its initialisations: uniform on [−a, a]^d (a = 1 in the
/// paper) or uniform in the ball of radius a.
/// </summary>
public sealed class OctopusProblem : ProblemDefinition
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
    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        new("L", "e", "L > 0: curvature of the confining directions"),
        new("gamma", "1", "γ > 0: negative curvature at each saddle"),
        new("tau", "e", "τ > 0: width of each saddle region"),
        new("start", "uniform", "uniform (x₀ uniform on [−a, a]^d, the paper's) or ball (uniform in the ball of radius a)"),
        new("start_radius", "1", "a, in (0, τ]: size of the start region"),
        new("gradient_noise", "0", "σ ≥ 0: stochastic oracle ∇f + N(0, σ²I) for SGD-type optimisers"),
    ];

    /// <inheritdoc />
    protected override ProblemInstance Build(int dimension, KeyValueSettings settings, int seed)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string owner = settings.Owner;
        if (dimension < 1)
        {
            throw new ArgumentException($"{owner}: dimension must be ≥ 1 (got {dimension})");
        }

        double lip = settings.Number("L");
        double gamma = settings.Number("gamma");
        double tau = settings.Number("tau");
        string start = settings.Choice("start", "uniform", "ball");
        double a = settings.Number("start_radius");
        double noise = settings.Number("gradient_noise");
        Require(owner, "L", lip > 0, lip, "> 0");
        Require(owner, "gamma", gamma > 0, gamma, "> 0");
        Require(owner, "tau", tau > 0, tau, "> 0");
        Require(owner, "start_radius", a > 0 && a <= tau, a, "in (0, τ] so that the start lies in the tube");
        Require(owner, "gradient_noise", noise >= 0, noise, "≥ 0");

        var objective = new OctopusFunction(dimension, lip, gamma, tau);
        var random = SeedStreams.Random(seed, "start");
        var x0 = new double[dimension];
        if (start == "uniform")
        {
            for (int j = 0; j < dimension; j++)
            {
                x0[j] = a * ((2 * random.NextDouble()) - 1);
            }
        }
        else
        {
            Normal.Samples(random, x0, 0, 1);
            double scale = a * Math.Pow(random.NextDouble(), 1.0 / dimension) / TensorPrimitives.Norm(x0);
            TensorPrimitives.Multiply(x0, scale, x0);
        }

        double fourTau = 4 * tau;
        return new ProblemInstance
        {
            Name = Name,
            Objective = objective,
            Stochastic = noise > 0 ? new Objectives.AdditiveGaussianGradientNoise(objective, noise) : null,
            Manifold = new Euclidean(dimension),
            Start = x0,
            Symmetry = PointSymmetry.CoordinateSigns,
            SuggestedStepSize = 1 / (4 * lip),
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
                }),
        };
    }
}
