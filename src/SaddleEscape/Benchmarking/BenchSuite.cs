using SaddleEscape.Problems;

namespace SaddleEscape.Benchmarking;

/// <summary>
/// A SaddleBench suite (COCO's model: families × dimensions × instances, here × start kinds): its families with their
/// dimension ladders, instances per (family, dimension), the target ladders and the budget rule. Every record carries
/// <see cref="Version"/>; instances are bit-identical for the same version (<see cref="BenchInstance.Hash"/>).
/// </summary>
/// <param name="Name">quick, medium or full.</param>
/// <param name="Families">The families and their dimensions.</param>
/// <param name="Instances">Instances per (family, dimension), numbered 1…Instances.</param>
/// <param name="BudgetPerPoint">The budget is this many gradient-equivalents per (n + 1), n the length of a point.</param>
public sealed record BenchSuite(string Name, IReadOnlyList<BenchSuiteFamily> Families, int Instances, long BudgetPerPoint = 1000)
{
    /// <summary>
    /// The suite version in every record: bump it whenever an instance, a target or the budget rule changes
    /// (saddlebench-2: the small cubic/quartic toys <c>toy-quartic</c> and <c>toy-cubic</c> added; the instances of
    /// saddlebench-1's families are unchanged).
    /// </summary>
    public const string Version = "saddlebench-2";

    /// <summary>
    /// The ε of a convergence claim's check: a claim is a false success when the final point is not an (ε, √(ρε))
    /// second-order point for this ε (lenient: the solvers are asked for <see cref="Epsilons"/>' smallest).
    /// </summary>
    public const double ClaimTolerance = 1e-3;

    /// <summary>ε of the second-order targets: 10⁻¹ … 10⁻⁶.</summary>
    public static IReadOnlyList<double> Epsilons { get; } = [1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6];

    /// <summary>Δ of the value targets f − f* ≤ Δ (absolute): 10⁻¹ … 10⁻⁶.</summary>
    public static IReadOnlyList<double> Deltas { get; } = [1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6];

    private static BenchSuiteFamily Sensing(IReadOnlyList<int> dimensions) => new(
        "matrix-sensing", "matrix-factorisation", dimensions,
        p => ((MatrixFactorizationParameters)p) with { Measurements = 60 },
        "symmetric rank 2, 60 Gaussian symmetric sensing matrices");

    private static BenchSuiteFamily Toy(string label, double cubic, IReadOnlyList<int> dimensions) => new(
        label, "double-well", dimensions,
        p => ((DoubleWellParameters)p) with { Cubic = cubic },
        cubic == 0
            ? "c = 0: the quartic double well ¼x₁⁴ − ½x₁² + ½Σxᵢ², minima ±e₁, f* = −¼"
            : "c = 1: the tilted double well, global minimum φe₁ (f* = −(5φ + 4)/12 ≈ −1.0075), spurious local minimum (1 − φ)e₁ (f ≈ −0.0758)");

    /// <summary>Under a minute on two cores: the quadratic saddle, the octopus, matrix factorisation and sensing, the spin glass, the orthogonal tensor, the deep linear network and the cubic/quartic toys.</summary>
    public static BenchSuite Quick { get; } = new("quick",
    [
        new("quadratic-saddle", "quadratic-saddle", [10, 20]),
        new("octopus", "octopus", [2, 4, 6, 8]),
        new("matrix-factorisation", "matrix-factorisation", [5]),
        Sensing([5]),
        new("spin-glass", "spin-glass", [10]),
        new("tensor-orthogonal-4", "tensor-orthogonal-4", [4]),
        new("deep-linear", "deep-linear", [3]),
        Toy("toy-quartic", 0, [2, 10]),
        Toy("toy-cubic", 1, [2, 10]),
    ], 3);

    /// <summary>Every family at small and middle sizes, 5 instances.</summary>
    public static BenchSuite Medium { get; } = new("medium",
    [
        new("quadratic-saddle", "quadratic-saddle", [10, 30, 100]),
        new("octopus", "octopus", [2, 4, 6, 8, 10, 12]),
        new("matrix-factorisation", "matrix-factorisation", [5, 10]),
        Sensing([5]),
        new("spin-glass", "spin-glass", [10, 30]),
        new("tensor-orthogonal-4", "tensor-orthogonal-4", [4, 6]),
        new("deep-linear", "deep-linear", [3, 5]),
        Toy("toy-quartic", 0, [2, 10, 100]),
        Toy("toy-cubic", 1, [2, 10, 100]),
    ], 5);

    /// <summary>The full ladders (10 … 1 000 where the family allows), 10 instances.</summary>
    public static BenchSuite Full { get; } = new("full",
    [
        new("quadratic-saddle", "quadratic-saddle", [10, 100, 1000]),
        new("octopus", "octopus", [2, 4, 6, 8, 10, 12, 14, 16, 18, 20]),
        new("matrix-factorisation", "matrix-factorisation", [10, 30, 100]),
        Sensing([10, 30]),
        new("spin-glass", "spin-glass", [10, 50, 100]),
        new("tensor-orthogonal-4", "tensor-orthogonal-4", [4, 8, 12]),
        new("deep-linear", "deep-linear", [4, 8, 16]),
        new("landscape-design-G", "landscape-design-G", [5, 10]),
        Toy("toy-quartic", 0, [2, 10, 100, 1000]),
        Toy("toy-cubic", 1, [2, 10, 100, 1000]),
    ], 10);

    /// <summary>The named suites.</summary>
    public static IReadOnlyList<BenchSuite> All { get; } = [Quick, Medium, Full];

    /// <summary>The suite called <paramref name="name"/>; a one-line <see cref="ArgumentException"/> otherwise.</summary>
    public static BenchSuite Get(string name) =>
        All.FirstOrDefault(s => s.Name == name)
        ?? throw new ArgumentException($"unknown suite '{name}' (known: {string.Join(", ", All.Select(s => s.Name))})");

    /// <summary>The budget of an instance whose points have length <paramref name="pointLength"/>.</summary>
    public long BudgetFor(int pointLength) => BudgetPerPoint * (pointLength + 1L);

    /// <summary>The family entry labelled <paramref name="label"/>.</summary>
    public BenchSuiteFamily Family(string label) =>
        Families.FirstOrDefault(f => f.Label == label)
        ?? throw new ArgumentException($"suite {Name} has no family '{label}' (known: {string.Join(", ", Families.Select(f => f.Label))})");

    /// <summary>
    /// Every (family, dimension, instance, start) of the suite, in order; <paramref name="families"/> and
    /// <paramref name="dimensions"/> (null or empty: all) restrict it. Start kinds come from the instances themselves.
    /// </summary>
    public IReadOnlyList<BenchCase> Cases(IReadOnlyCollection<string>? families = null, IReadOnlyCollection<int>? dimensions = null)
    {
        var cases = new List<BenchCase>();
        foreach (var f in Families.Where(f => families is null || families.Count == 0 || families.Contains(f.Label)))
        {
            foreach (int d in f.Dimensions.Where(d => dimensions is null || dimensions.Count == 0 || dimensions.Contains(d)))
            {
                for (int i = 1; i <= Instances; i++)
                {
                    var instance = BenchInstance.Create(f, d, i);
                    cases.AddRange(instance.StartKinds.Select(s => new BenchCase(f.Label, d, i, s)));
                }
            }
        }

        return cases;
    }

    /// <summary>The instance of <paramref name="c"/>.</summary>
    public BenchInstance Instance(BenchCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return BenchInstance.Create(Family(c.Family), c.Dimension, c.Instance);
    }
}
