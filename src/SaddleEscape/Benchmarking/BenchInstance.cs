using SaddleEscape.Landscape;
using SaddleEscape.Objectives;
using SaddleEscape.Problems;
using System.Globalization;
using System.Security.Cryptography;

namespace SaddleEscape.Benchmarking;

/// <summary>
/// One SaddleBench instance (as COCO's: the same family, a different seeded draw): a catalogue <see cref="ProblemInstance"/>
/// at (family, dimension, instance number), with f*, ℓ and ρ and where each comes from, its symmetry, and its start kinds —
/// <see cref="BenchStartKinds.ExactSaddle"/> (a strict saddle with g = 0, where the family has one) and
/// <see cref="BenchStartKinds.Random"/> (the family's random start, drawn from the instance number).
/// </summary>
public sealed class BenchInstance
{
    private BenchInstance(BenchSuiteFamily entry, int dimension, int number, ProblemInstance problem)
    {
        Label = entry.Label;
        Family = entry.Family;
        Dimension = dimension;
        Number = number;
        Problem = problem;
        var exact = problem.Starts.FirstOrDefault(s => s.IsExactSaddle);
        var random = problem.Starts.FirstOrDefault(s => !s.IsExactSaddle && s.Name != "stable-manifold");
        _exactSaddle = exact;
        _random = random;
        StartKinds = [.. exact is null ? Array.Empty<string>() : [BenchStartKinds.ExactSaddle], .. random is null ? Array.Empty<string>() : [BenchStartKinds.Random]];
        KnownMinimum = problem.Truth?.GlobalMinimum;
        KnownMinimumSource = KnownMinimum is null ? "not known in closed form: no value targets" : $"the family's ground truth ({problem.Truth!.RecoveryErrorDescription})";
        if (problem.Smoothness is { } s)
        {
            GradientLipschitz = s.GradientLipschitz;
            HessianLipschitz = s.HessianLipschitz;
            SmoothnessSource = $"the family's: {problem.SmoothnessSource ?? "stated"}";
        }
        else
        {
            GradientLipschitz = StartKinds.Max(k => SpectralRadius(Start(k)));
            HessianLipschitz = 1;
            SmoothnessSource = "ℓ estimated as the largest |λ| of the Hessian at the starts (Lanczos); ρ not known: 1, the library's fallback (DefaultStopping)";
        }
    }

    private readonly StartDistribution? _exactSaddle;
    private readonly StartDistribution? _random;

    /// <summary>The suite's name for the family entry (e.g. <c>matrix-sensing</c> for the catalogue's matrix-factorization with measurements).</summary>
    public string Label { get; }

    /// <summary>The catalogue family.</summary>
    public string Family { get; }

    /// <summary>The family's size parameter (<c>--dim</c>).</summary>
    public int Dimension { get; }

    /// <summary>The instance number (its seed).</summary>
    public int Number { get; }

    /// <summary>The catalogue instance.</summary>
    public ProblemInstance Problem { get; }

    /// <summary>Length of a point (n, which may differ from <see cref="Dimension"/>).</summary>
    public int PointLength => Problem.Objective.Dimension;

    /// <summary>The start kinds this instance has.</summary>
    public IReadOnlyList<string> StartKinds { get; }

    /// <summary>f*, when known.</summary>
    public double? KnownMinimum { get; }

    /// <summary>Where f* comes from.</summary>
    public string KnownMinimumSource { get; }

    /// <summary>ℓ: the family's where stated, else estimated (<see cref="SmoothnessSource"/>).</summary>
    public double GradientLipschitz { get; }

    /// <summary>ρ of the second-order targets' √(ρε): the family's where stated, else 1.</summary>
    public double HessianLipschitz { get; }

    /// <summary>Where ℓ and ρ come from.</summary>
    public string SmoothnessSource { get; }

    /// <summary>The instance's symmetry in words.</summary>
    public string Symmetry => string.Join("; ", new[] { Problem.Symmetry?.Description, Problem.ContinuousSymmetry?.Description }.Where(s => !string.IsNullOrEmpty(s)).DefaultIfEmpty("none declared"));

    /// <summary>What the optimisers are told: the family's suggested step and ρ.</summary>
    public Optimizers.OptimizerHints Hints => new(Problem.SuggestedStepSize, HessianLipschitz);

    /// <summary>Builds instance <paramref name="number"/> of <paramref name="entry"/> at <paramref name="dimension"/> (deterministic: same arguments, same bits).</summary>
    public static BenchInstance Create(BenchSuiteFamily entry, int dimension, int number)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var family = ProblemFamilies.Get(entry.Family);
        var parameters = entry.Parameters is null ? family.DefaultParameters : entry.Parameters(family.DefaultParameters);
        return new BenchInstance(entry, dimension, number, family.Create(dimension, parameters, number));
    }

    /// <summary>The start of kind <paramref name="kind"/> (a fresh copy).</summary>
    public double[] Start(string kind)
    {
        var distribution = kind switch
        {
            BenchStartKinds.ExactSaddle => _exactSaddle,
            BenchStartKinds.Random => _random,
            _ => null,
        } ?? throw new ArgumentException($"{Label}: no start '{kind}' (known: {string.Join(", ", StartKinds)})", nameof(kind));
        var x = distribution.Sample(Number);
        Problem.Manifold.ProjectToManifold(x);
        return x;
    }

    /// <summary>
    /// SHA-256 (hex, 16 digits) of the instance's data: its starts' bits, f*, and the bits of f and ∇f at four probe points
    /// near the first start (fixed offsets) — equal across machines and runs exactly when the instance is bit-identical.
    /// </summary>
    public string Hash()
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(double v) => sha.AppendData(BitConverter.GetBytes(v));
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes(FormattableString.Invariant($"{Family}|{Dimension}|{Number}|{PointLength}")));
        Add(KnownMinimum ?? double.NaN);
        var gradient = new double[PointLength];
        foreach (var kind in StartKinds)
        {
            var x = Start(kind);
            foreach (var v in x)
            {
                Add(v);
            }
        }

        var baseline = Start(StartKinds[0]);
        for (int probe = 0; probe < 4; probe++)
        {
            var x = new double[PointLength];
            for (int i = 0; i < x.Length; i++)
            {
                x[i] = baseline[i] + (0.05 * (probe + 1) * Math.Sin((i + 1) * (probe + 1.5)));
            }

            Problem.Manifold.ProjectToManifold(x);
            Add(Problem.Objective.ValueAndGradient(x, gradient));
            foreach (var v in gradient)
            {
                Add(v);
            }
        }

        return Convert.ToHexString(sha.GetHashAndReset())[..16].ToLowerInvariant();
    }

    /// <summary>"label d=… #i".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Label} d={Dimension} #{Number}");

    private double SpectralRadius(double[] x)
    {
        var result = Lanczos.ExtremeEigenpairs(new RiemannianHessianOperator(new Oracle(Problem.Objective), Problem.Manifold, x), new LanczosOptions(MaxSteps: 60, FullSpaceLimit: 60));
        return Math.Max(Math.Abs(result.MinEigenvalue), Math.Abs(result.MaxEigenvalue));
    }
}
