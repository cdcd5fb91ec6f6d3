using SaddleEscape.Experiments.Catalog;
using SaddleEscape.Experiments.Reporting;
using SaddleEscape.Experiments.Running;
using SaddleEscape.Landscape;
using SaddleEscape.Objectives;
using System.Diagnostics;
using System.Globalization;
using System.Numerics.Tensors;
using System.Text.Json;

namespace SaddleEscape.Experiments.Standalone;

/// <summary>
/// <c>saddle spectrum</c>'s work: the Hessian (Riemannian, by HVPs) of a catalogue problem at a point — bottom and top
/// eigenpairs (<see cref="HessianSpectrum"/>), the SLQ density, counts of negative / near-zero / positive eigenvalues and
/// the trace (exact when the tangent space is small enough to exhaust, otherwise estimated) — written as spectrum.json,
/// eigenvalues.csv, density.csv and density.png.
/// </summary>
public static class SpectrumRun
{
    /// <summary>Computes the spectrum; one clear <see cref="ArgumentException"/> on bad input.</summary>
    public static (SpectrumSummary Summary, SpectralDensity Density, double[]? Exact) Compute(SpectrumSpecification spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        Require(spec.Extremes >= 1, $"--k must be ≥ 1 (got {spec.Extremes})");
        Require(spec.Probes >= 2, $"--probes must be ≥ 2 (got {spec.Probes})");
        Require(spec.Steps >= 1, $"--steps must be ≥ 1 (got {spec.Steps})");
        Require(spec.ZeroTolerance >= 0 && double.IsFinite(spec.ZeroTolerance), FormattableString.Invariant($"--zero-tol must be a finite number ≥ 0 (got {spec.ZeroTolerance})"));
        var definition = ProblemCatalog.Get(spec.Problem);
        int dimension = spec.Dimension ?? definition.DefaultDimension;
        var instance = definition.Create(dimension, spec.Set, spec.Seed).Instance;
        var x = spec.InitFile is null ? instance.Start : InitialPointReader.Read(spec.InitFile, instance.Objective.Dimension);
        instance.Manifold.ProjectToManifold(x);
        var clock = Stopwatch.StartNew();
        var oracle = new Oracle(instance.Objective);
        var gradient = new double[x.Length];
        double value = oracle.ValueAndGradient(x, gradient);
        instance.Manifold.ProjectToTangent(x, gradient, gradient);
        var hessian = new RiemannianHessianOperator(oracle, instance.Manifold, x);
        int k = Math.Min(spec.Extremes, hessian.DomainDimension);
        var bottom = HessianSpectrum.Bottom(hessian, k);
        var top = HessianSpectrum.Top(hessian, k);
        var density = SpectralDensity.Estimate(hessian, spec.Probes, spec.Steps, spec.Seed);
        double[]? exact = hessian.DomainDimension <= spec.ExactLimit ? HessianSpectrum.All(hessian, spec.ExactLimit) : null;
        var counts = exact is null ? HessianSpectrum.Count(density, spec.ZeroTolerance) : HessianSpectrum.Count(exact, spec.ZeroTolerance);
        var trace = exact is null ? HessianSpectrum.Trace(hessian, spec.Probes, spec.Seed) : new TraceEstimate(exact.Sum(), 0, 0);
        var summary = new SpectrumSummary
        {
            Problem = spec.Problem,
            Dim = dimension,
            Seed = spec.Seed,
            Point = spec.InitFile ?? "problem default (seeded)",
            Value = RunOutput.Finite(value),
            GradNorm = RunOutput.Finite(TensorPrimitives.Norm(gradient)),
            TangentDimension = hessian.DomainDimension,
            Bottom = [.. bottom.Select(p => p.Value)],
            BottomResiduals = [.. bottom.Select(p => p.Residual)],
            Top = [.. top.Select(p => p.Value)],
            TopResiduals = [.. top.Select(p => p.Residual)],
            Negative = counts.Negative,
            NearZero = counts.NearZero,
            Positive = counts.Positive,
            ZeroTolerance = counts.Tolerance,
            CountsExact = counts.Exact,
            Trace = trace.Value,
            TraceStandardError = trace.StandardError,
            Probes = spec.Probes,
            Steps = density.Steps,
            HvpEvaluations = oracle.Counts.HessianVectorProducts,
            WallSeconds = clock.Elapsed.TotalSeconds,
        };
        return (summary, density, exact);
    }

    /// <summary>Writes spectrum.json, eigenvalues.csv, density.csv and density.png into <paramref name="directory"/>.</summary>
    public static void Write(string directory, SpectrumSummary summary, SpectralDensity density, double[]? exact)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(density);
        Directory.CreateDirectory(directory);
        AtomicFile.WriteAllText(Path.Combine(directory, "spectrum.json"), JsonSerializer.Serialize(summary, RunOutput.Json));
        var eigen = new CsvTable("end", "rank", "eigenvalue", "residual");
        for (int i = 0; i < summary.Bottom.Count; i++)
        {
            eigen.Row("bottom", (i + 1).ToString(CultureInfo.InvariantCulture), Numbers.Csv(summary.Bottom[i]), Numbers.Csv(summary.BottomResiduals[i]));
        }

        for (int i = 0; i < summary.Top.Count; i++)
        {
            eigen.Row("top", (i + 1).ToString(CultureInfo.InvariantCulture), Numbers.Csv(summary.Top[i]), Numbers.Csv(summary.TopResiduals[i]));
        }

        eigen.Save(Path.Combine(directory, "eigenvalues.csv"));
        var nodes = new CsvTable("node", "weight");
        foreach (var (node, weight) in density.Nodes.Zip(density.Weights).OrderBy(p => p.First))
        {
            nodes.Row(Numbers.Csv(node), Numbers.Csv(weight));
        }

        nodes.Save(Path.Combine(directory, "density.csv"));
        SpectrumPlot.Save(Path.Combine(directory, "density.png"), $"Hessian spectrum of {summary.Problem} (d = {summary.Dim}, seed {summary.Seed})", density, exact);
    }

    private static void Require(bool ok, string message)
    {
        if (!ok)
        {
            throw new ArgumentException(message);
        }
    }
}
