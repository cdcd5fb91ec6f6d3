using SaddleEscape.Experiments.Catalog;
using SaddleEscape.Experiments.Configuration;
using SaddleEscape.Experiments.Running;
using SaddleEscape.Landscape;
using SaddleEscape.Problems;
using System.Globalization;

namespace SaddleEscape.Experiments.SpinGlass;

/// <summary>
/// Critical points of one spherical 3-spin glass (Auffinger, Ben Arous &amp; Černý 2013; Bruna 2018, lecture 10): from many
/// starts — uniform on the sphere, then 0 to 3 000 gradient-descent steps so that low energies are reached too
/// (<see cref="DescentThenPolish"/>, through the minimiser) — the critical-point finder polishes to ‖grad‖ ≤ 1e-10 and
/// classifies by index; the report plots index against energy per spin (the banded picture), the energy histogram by
/// index, and the lowest energy against E∞ and the ground state.
/// </summary>
public sealed class SpinGlassExperiment : Experiment<SpinGlassSettings, SpinGlassJob, SpinGlassRecord, SpinGlassSummary>
{
    /// <inheritdoc />
    public override string Name => "spin-glass";

    /// <inheritdoc />
    public override string Title => "Critical points of the spherical 3-spin glass: index against energy";

    /// <inheritdoc />
    /// <remarks>
    /// 2: the descent runs through <see cref="DescentThenPolish"/> (the minimiser), which projects the start onto the sphere
    /// once more; energies move by at most ~1e-15 (quick setting: the same 59 distinct points, indices and hits).
    /// </remarks>
    public override int Version => 2;

    /// <inheritdoc />
    public override IReadOnlyList<ParameterSpec> SettingKeys { get; } = SettingsBinder.ExperimentSpecs(SpinGlassSettings.Full, SpinGlassSettings.Quick);

    /// <inheritdoc />
    public override SpinGlassSettings Settings(ExperimentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var s = WithOverrides(request, (request.Quick ? SpinGlassSettings.Quick : SpinGlassSettings.Full) with { BaseSeed = request.Seed });
        return s with { Spins = s.Spins.Distinct().Order().ToArray() };
    }

    /// <inheritdoc />
    public override IReadOnlyList<SpinGlassJob> Jobs(SpinGlassSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Spins.Count == 0 || settings.Spins.Any(n => n > SphericalSpinGlass.MaxSpins))
        {
            throw new ArgumentException($"spin-glass: spins must be one or more N ≤ {SphericalSpinGlass.MaxSpins} (got {string.Join(",", settings.Spins)})");
        }

        return [.. settings.Spins.SelectMany(n => Enumerable.Range(0, settings.Starts).Select(s => new SpinGlassJob(
            n, settings.BaseSeed, s, settings.DescentSteps[s % settings.DescentSteps.Count], settings.StepSize, settings.MaxIterations)))];
    }

    /// <inheritdoc />
    protected override string LabelOf(SpinGlassJob job) => $"N = {job.Spins}, start {job.Start} ({job.DescentSteps} descent steps)";

    /// <inheritdoc />
    public override SpinGlassRecord Run(SpinGlassJob job, JobContext context)
    {
        ArgumentNullException.ThrowIfNull(job);
        var problem = ProblemCatalog.Get("spin-glass").Create(job.Spins, [$"couplings_seed={job.CouplingsSeed}"], unchecked((job.CouplingsSeed * 7919) + job.Start + 1));
        var instance = problem.Instance;
        var run = DescentThenPolish.Execute(instance.Objective, instance.Manifold, instance.Start, job.DescentSteps, job.StepSize, new CriticalPointOptions(MaxIterations: job.MaxIterations));
        return run.Point is { } point
            ? new SpinGlassRecord(job.Start, job.DescentSteps, run.ValueAfterDescent, true, point.Value, point.Index, point.Nullity, point.X)
            : new SpinGlassRecord(job.Start, job.DescentSteps, run.ValueAfterDescent, false, double.NaN, -1, -1, []);
    }

    /// <inheritdoc />
    public override SpinGlassSummary Analyze(SpinGlassSettings settings, IReadOnlyList<JobResult<SpinGlassJob, SpinGlassRecord>> results)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(results);
        var cells = results.GroupBy(r => r.Job.Spins).OrderBy(g => g.Key).Select(g => Cell(g.Key, g.Select(r => r.Record).ToList())).ToList();
        return new SpinGlassSummary(settings, cells, SpinGlassVerdicts.Decide(cells));
    }

    private static SpinGlassCell Cell(int spins, IReadOnlyList<SpinGlassRecord> runs)
    {
        var distinct = CriticalPointFinder.Distinct(runs.Where(r => r.Converged), r => r.Point, 1e-6);
        var points = distinct.Select(d => new SpinGlassPoint(d.First.Energy, d.First.Index, d.First.Nullity, d.Hits)).OrderBy(p => p.Energy).ToList();
        var byIndex = points.GroupBy(p => p.Index).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => (g.Average(p => p.Energy), g.Count()));
        var populated = byIndex.Where(kv => kv.Value.Item2 >= 3).Select(kv => kv.Value.Item1).ToList();
        bool ordered = populated.Count >= 2 && populated.Zip(populated.Skip(1)).All(p => p.First < p.Second);
        var minima = points.Where(p => p.Index == 0 && p.Nullity == 0).ToList();
        return new SpinGlassCell(spins, runs, points, byIndex, points.Count > 0 ? points[0].Energy : double.NaN,
            (minima.Count(m => m.Energy < SphericalSpinGlass.ThresholdEnergy), minima.Count),
            minima.Count > 0 ? minima.Average(m => m.Energy) : double.NaN, ordered);
    }

    /// <inheritdoc />
    public override string Report(SpinGlassSummary summary, ReportContext context) => SpinGlassReport.Write(summary, context);

    internal static string Format(double v) => v.ToString("F4", CultureInfo.InvariantCulture).Replace('-', '−');
}
