using SaddleEscape.Manifolds;
using SaddleEscape.Numerics;

namespace SaddleEscape.Problems;

/// <summary>
/// <c>double-well</c>: the small cubic/quartic toy <see cref="TiltedDoubleWell"/>, f(x) = ¼x₁⁴ − (c/3)x₁³ − ½x₁² + ½Σ_{i≥2} xᵢ²
/// on Rⁿ. Its exact saddle is 0 (g = 0, λ = −1 along e₁); the random start is uniform in [−1, 1]ⁿ. f* = g(t₊) with
/// t₊ = (c + √(c² + 4))/2. ℓ and ρ are bounds on the slab |x₁| ≤ R = t₊ + 1, which holds the starts, the saddle and both
/// minima: ℓ = 3R² + 2cR + 1 ≥ max|g″|, ρ = 6R + 2c ≥ max|g‴| (for c = 0 and c = 1 the sublevel set of the worst start lies
/// inside it, so descent from the starts does not leave it).
/// </summary>
public sealed class DoubleWellFamily : ProblemFamily<DoubleWellParameters>
{
    /// <inheritdoc />
    public override string Name => "double-well";

    /// <inheritdoc />
    public override string Summary => "f(x) = ¼x₁⁴ − (c/3)x₁³ − ½x₁² + ½Σ_{i≥2}xᵢ²: the small cubic/quartic toy, a strict saddle at 0 between two minima";

    /// <inheritdoc />
    public override string Reference => "the textbook two-minima toy of the saddle-escape papers (this form is the library's own)";

    /// <inheritdoc />
    public override string GroundTruthSummary => "saddle at 0 (λ_min = −1); minima x₁ = (c ± √(c²+4))/2, other coordinates 0; f* = g((c + √(c²+4))/2) (c = 0: ±e₁, f* = −¼)";

    /// <inheritdoc />
    public override int DefaultDimension => 2;

    /// <inheritdoc />
    public override ProblemInstance Create(int dimension, DoubleWellParameters parameters, int seed)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        RequireDimension(dimension, 2, why: " (x₁ carries the double well, the others its positive curvature)");
        double c = parameters.Cubic;
        Require("cubic", c >= 0 && double.IsFinite(c), c, "≥ 0");
        var objective = new TiltedDoubleWell(dimension, c);
        double plus = objective.GlobalMinimizerCoordinate, minus = objective.OtherMinimizerCoordinate;
        double fStar = objective.Profile(plus);
        StartDistribution[] starts =
        [
            new("random", "x₀ uniform in [−1, 1]ⁿ", s =>
            {
                var random = SeedStreams.Random(s, "start");
                var x = new double[dimension];
                for (int i = 0; i < dimension; i++)
                {
                    x[i] = (2 * random.NextDouble()) - 1;
                }

                return x;
            }),
            new("saddle", "x₀ = 0, the strict saddle (g = 0, λ_min = −1)", _ => new double[dimension], IsExactSaddle: true),
        ];
        double radius = plus + 1;
        double ell = (3 * radius * radius) + (2 * c * radius) + 1;
        double rho = (6 * radius) + (2 * c);
        return new ProblemInstance
        {
            Name = Name,
            Objective = objective,
            Manifold = new Euclidean(dimension),
            Start = starts[0].Sample(seed),
            Starts = starts,
            Symmetry = c == 0 ? PointSymmetry.CoordinateSigns : new PointSymmetry("sign flips of x₂, …, xₙ", (a, b) =>
            {
                double s = (a[0] - b[0]) * (a[0] - b[0]);
                for (int i = 1; i < a.Length; i++)
                {
                    double d = Math.Abs(a[i]) - Math.Abs(b[i]);
                    s += d * d;
                }

                return Math.Sqrt(s);
            }),
            SuggestedStepSize = 1 / ell,
            Smoothness = new Smoothness(ell, rho),
            SmoothnessSource = "bounds on the slab |x₁| ≤ t₊ + 1",
            Truth = new GroundTruth(
                fStar,
                c == 0 ? "distance to the nearer global minimiser ±e₁" : "distance to the global minimiser t₊e₁ (the local minimiser t₋e₁ is spurious)",
                x =>
                {
                    double rest = 0;
                    for (int i = 1; i < x.Length; i++)
                    {
                        rest += x[i] * x[i];
                    }

                    double d1 = c == 0 ? Math.Min(Math.Abs(x[0] - plus), Math.Abs(x[0] - minus)) : Math.Abs(x[0] - plus);
                    return Math.Sqrt((d1 * d1) + rest);
                })
            {
                Minimizer = [plus, .. new double[dimension - 1]],
            },
        };
    }
}
