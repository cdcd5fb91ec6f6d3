using SaddleEscape.Experiments.Configuration;
using SaddleEscape.Experiments.Reporting;
using System.Diagnostics;
using System.Text.Json;

namespace SaddleEscape.Experiments.Running;

/// <summary>
/// The one shape of an experiment: typed <typeparamref name="TSettings"/> (quick and full), <see cref="Jobs"/> — the
/// independent runs, each keyed by a hash of its settings, seed and the experiment's <see cref="Version"/> —,
/// <see cref="Run"/> (job → typed record), <see cref="Analyze"/> (records → typed summary: medians, rates, tests,
/// headline numbers) and <see cref="Report"/> (summary → report.md, PNG, CSV). The base class does the rest: the
/// results store (resume after a kill), shards, collection, progress and the index page.
/// </summary>
/// <typeparam name="TSettings">The experiment's settings.</typeparam>
/// <typeparam name="TJob">One independent run (a record that serialises to JSON).</typeparam>
/// <typeparam name="TRecord">What a run produces (a record that round-trips through JSON).</typeparam>
/// <typeparam name="TSummary">What the analysis computes from all records.</typeparam>
public abstract partial class Experiment<TSettings, TJob, TRecord, TSummary> : IExperiment
    where TJob : notnull
    where TRecord : notnull
{
    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public abstract string Title { get; }

    /// <inheritdoc />
    public abstract int Version { get; }

    /// <inheritdoc />
    public virtual IReadOnlyList<string> Parts => [];

    /// <inheritdoc />
    public virtual IReadOnlyList<ParameterSpec> SettingKeys => [];

    /// <summary>The most jobs that may run at once (1 for TorchSharp jobs, whose threads fight each other).</summary>
    protected virtual int MaxParallelism => int.MaxValue;

    /// <summary>The typed settings of <paramref name="request"/> (quick or full, with <c>--set</c> overrides and <c>--only</c> parts).</summary>
    public abstract TSettings Settings(ExperimentRequest request);

    /// <summary>The independent runs of <paramref name="settings"/>, in the order the analysis reads them.</summary>
    public abstract IReadOnlyList<TJob> Jobs(TSettings settings);

    /// <summary>Runs one job.</summary>
    public abstract TRecord Run(TJob job, JobContext context);

    /// <summary>Computes everything the report states from the records (in <see cref="Jobs"/> order).</summary>
    public abstract TSummary Analyze(TSettings settings, IReadOnlyList<JobResult<TJob, TRecord>> results);

    /// <summary>Writes report.md, figures and CSV into <see cref="ReportContext.Directory"/>; returns the headline for the index.</summary>
    public abstract string Report(TSummary summary, ReportContext context);

    /// <summary>Why the experiment cannot run here (e.g. its data set is missing), or null.</summary>
    protected virtual string? Unavailable(ExperimentRequest request) => null;

    /// <summary>The part a job belongs to (for timings in the provenance).</summary>
    protected virtual string PartOf(TJob job) => "all";

    /// <summary>A job's relative cost (for the progress bar).</summary>
    protected virtual double WeightOf(TJob job) => 1;

    /// <summary>A short label for progress lines.</summary>
    protected virtual string LabelOf(TJob job) => PartOf(job);

    /// <summary>The folder this experiment writes into.</summary>
    protected virtual string DirectoryOf(ExperimentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Path.Combine(request.Output, Name);
    }

    /// <inheritdoc />
    public int CountJobs(ExperimentRequest request)
    {
        Validate(request);
        return Jobs(Settings(request)).Count;
    }

    /// <summary>The jobs of <paramref name="request"/> with their keys and JSON, in analysis order.</summary>
    public IReadOnlyList<(string Key, TJob Job, string Json)> PlannedJobs(ExperimentRequest request)
    {
        var jobs = Jobs(Settings(request));
        ResourceLimits.RequireJobs($"{Name} with {SettingText(request)}", jobs.Count);
        var planned = jobs.Select(job =>
        {
            string json = ExperimentJson.Serialize(job);
            return (JobKey.Compute(Name, Version, json), job, json);
        }).ToList();
        var duplicate = planned.GroupBy(p => p.Item1).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            // Most likely a value listed twice in --set: name it.
            var twice = request.Overrides.Select(o => KeyValueSettings.Split($"experiment {Name}", o))
                .Select(kv => (kv.Key, kv.Value, Twice: kv.Value.Split(',', StringSplitOptions.TrimEntries).GroupBy(v => v).FirstOrDefault(g => g.Count() > 1)?.Key))
                .FirstOrDefault(kv => kv.Twice is not null);
            throw new ArgumentException(twice.Twice is not null
                ? $"experiment {Name}: --set {twice.Key}={twice.Value} lists {twice.Twice} twice, which makes the same jobs twice"
                : $"{Name}: two jobs have the same settings (key {duplicate.Key}); every job must differ in a setting or its seed");
        }

        return planned;
    }

    /// <inheritdoc />
    public IReadOnlyList<ShardSpec> UnstoredJobShards(ExperimentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Validate(request);
        if (Unavailable(request) is { } reason)
        {
            throw new ArgumentException($"{Name}: {reason}");
        }

        var planned = PlannedJobs(request);
        string storePath = Path.Combine(DirectoryOf(request), "results.sqlite");
        var stored = StoredIfAny(storePath);
        return SortedByKey(planned)
            .Select((p, i) => (p.Key, Position: i))
            .Where(p => !Readable(stored, p.Key))
            .Select(p => new ShardSpec(p.Position, planned.Count))
            .ToList();
    }

    /// <inheritdoc />
    public ExperimentPlan Plan(ExperimentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Validate(request);
        if (Unavailable(request) is { } reason)
        {
            return request.PartOfAll ? new ExperimentPlan(Name, 0, 0, 1, 0, reason, reason) : throw new ArgumentException($"{Name}: {reason}");
        }

        var planned = PlannedJobs(request);
        var shard = request.ShardToRun;
        var mine = SortedByKey(planned).Where((_, i) => shard.Contains(i)).ToList();
        var stored = StoredIfAny(Path.Combine(DirectoryOf(request), "results.sqlite"));
        var pending = request.Collect ? [] : mine.Where(p => !Readable(stored, p.Key)).ToList();
        int parallelism = JobRunner.Parallelism(request.Parallelism, MaxParallelism);
        double pendingWeight = pending.Sum(p => WeightOf(p.Job));
        var (secondsPerWeight, basis) = SecondsPerWeight(stored.Values, request);
        double? seconds = secondsPerWeight is { } rate ? pendingWeight * rate / Math.Min(parallelism, Math.Max(1, pending.Count)) : null;
        return new ExperimentPlan(Name, mine.Count, mine.Count - pending.Count, parallelism, seconds, basis);
    }

    /// <summary>
    /// Seconds per unit of <see cref="WeightOf"/>: from the wall times of the jobs in the store (of any setting), else
    /// from the quick setting's reference time (<see cref="ReferenceTimings"/>), else from <see cref="EstimatedSecondsPerWeight"/>.
    /// </summary>
    private (double? Rate, string Basis) SecondsPerWeight(IEnumerable<StoredJob> stored, ExperimentRequest request)
    {
        double seconds = 0, weight = 0;
        int count = 0;
        foreach (var job in stored)
        {
            try
            {
                weight += WeightOf(ExperimentJson.Deserialize<TJob>(job.Job));
                seconds += job.WallSeconds;
                count++;
            }
            catch (JsonException)
            {
                // A job of an older version of the experiment: its weight cannot be read.
            }
        }

        if (count > 0 && weight > 0)
        {
            return (seconds / weight, $"from {count} stored wall time{(count == 1 ? "" : "s")}");
        }

        if (ReferenceTimings.QuickSeconds.TryGetValue(Name, out double reference))
        {
            double quickWeight = Jobs(Settings(new ExperimentRequest(request.Output, Quick: true, Seed: request.Seed))).Sum(WeightOf);
            return (reference / quickWeight, ReferenceTimings.Source);
        }

        return EstimatedSecondsPerWeight is { } estimated ? (estimated, EstimateBasis) : (null, "no earlier run stored");
    }

    /// <summary>Seconds per unit of <see cref="WeightOf"/> when nothing is stored and no reference timing exists (null: no estimate).</summary>
    protected virtual double? EstimatedSecondsPerWeight => null;

    /// <summary>What <see cref="EstimatedSecondsPerWeight"/> rests on, for the plan line.</summary>
    protected virtual string EstimateBasis => "an estimate";

    private IReadOnlyDictionary<string, StoredJob> StoredIfAny(string storePath)
    {
        if (!File.Exists(storePath))
        {
            return new Dictionary<string, StoredJob>(StringComparer.Ordinal);
        }

        using var store = ResultsStore.OpenReadOnly(storePath);
        return store.ByKey(Name);
    }

    /// <inheritdoc />
    public ExperimentOutcome Execute(ExperimentRequest request, IProgressSink progress, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(progress);
        Validate(request);
        if (Unavailable(request) is { } reason)
        {
            return request.PartOfAll
                ? new ExperimentOutcome(Name, Title, null, 0, 0, 0, null, reason)
                : throw new ArgumentException($"{Name}: {reason}");
        }

        var clock = Stopwatch.StartNew();
        var settings = Settings(request);
        var planned = PlannedJobs(request);
        string directory = DirectoryOf(request);
        var shard = request.ShardToRun;
        if (request.Collect && shard.IsPartial)
        {
            throw new ArgumentException("--collect merges every shard's results: give it without --shard");
        }

        // Every shard store is read (and checked) before the results store is touched: a damaged shard changes nothing.
        var shardJobs = request.Collect ? ShardStores(directory).Select(ResultsStore.ReadAll).ToList() : [];
        Directory.CreateDirectory(directory);

        string storePath = shard.IsPartial
            ? Path.Combine(directory, "shards", $"results-{shard.Index}-of-{shard.Count}.sqlite")
            : Path.Combine(directory, "results.sqlite");
        using var store = ResultsStore.Open(storePath);
        if (request.Collect)
        {
            int added = store.Merge(shardJobs.SelectMany(j => j));
            progress.Message($"{Name}: merged {shardJobs.Count} shard stores from {Path.Combine(directory, "shards")} ({added} new jobs) into {store.Path}");
        }

        var stored = store.ByKey(Name);
        var mine = SortedByKey(planned).Where((_, i) => shard.Contains(i)).ToList();
        var toRun = request.Collect ? [] : mine.Where(p => !Readable(stored, p.Key)).ToList();
        int storedCount = mine.Count - toRun.Count;
        if (storedCount > 0 && toRun.Count > 0)
        {
            progress.Message($"{Name}: {storedCount} of {mine.Count} jobs{(shard.IsPartial ? $" of shard {shard}" : "")} already stored in {storePath}; running the other {toRun.Count}");
        }

        var work = toRun.Select(p => new JobRunner.Work(p.Key, p.Json, WeightOf(p.Job), LabelOf(p.Job), context => ExperimentJson.Serialize(Run(p.Job, context)))).ToList();
        JobRunner.Run(work, store, Name, Version, shard, JobRunner.Parallelism(request.Parallelism, MaxParallelism), progress, shard.IsPartial ? $"{Name} [shard {shard}]" : Name, cancellation);
        if (shard.IsPartial)
        {
            progress.Message($"{Name}: shard {shard} holds {mine.Count} of {planned.Count} jobs ({toRun.Count} run now, {storedCount} stored before) → {storePath}; collect with --collect {request.Output}");
            return new ExperimentOutcome(Name, Title, null, planned.Count, toRun.Count, storedCount, null);
        }

        var (results, used) = Stored(planned, store, request.Collect ? " after merging the shards (did every shard finish?)" : "");
        var summary = Analyze(settings, results);
        var provenance = new Provenance(
            CodeVersion.Current,
            used.Select(j => j.CodeVersion).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            CodeVersion.Configuration,
            DateTimeOffset.UtcNow,
            Environment.ProcessorCount,
            used.Select(j => j.Host).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            SettingText(request),
            request.Seed,
            clock.Elapsed.TotalSeconds,
            results.GroupBy(r => PartOf(r.Job)).ToDictionary(g => g.Key, g => g.Sum(r => r.WallSeconds), StringComparer.Ordinal),
            toRun.Count,
            storedCount);
        string headline = Report(summary, new ReportContext(directory, request, provenance));
        if (Path.GetFullPath(directory) != Path.GetFullPath(request.Output))
        {
            IndexPage.Update(request.Output, new IndexEntry(Name, Title, headline, provenance.Setting, provenance.DateUtc, used.Sum(j => j.WallSeconds)), request.IndexOrder);
        }

        return new ExperimentOutcome(Name, Title, headline, planned.Count, toRun.Count, storedCount, Path.Combine(directory, "report.md"));
    }

    /// <summary>
    /// The typed summary of a finished <paramref name="request"/>, read from its results store without running or
    /// reporting anything (for scripts and tests that want numbers, not Markdown).
    /// </summary>
    public TSummary Summary(ExperimentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Validate(request);
        string storePath = Path.Combine(DirectoryOf(request), "results.sqlite");
        if (!File.Exists(storePath))
        {
            throw new ArgumentException($"{Name}: no results store at {storePath}");
        }

        using var store = ResultsStore.OpenReadOnly(storePath);
        return Analyze(Settings(request), Stored(PlannedJobs(request), store, "").Results);
    }

    private (List<JobResult<TJob, TRecord>> Results, List<StoredJob> Used) Stored(IReadOnlyList<(string Key, TJob Job, string Json)> planned, ResultsStore store, string hint)
    {
        var all = store.ByKey(Name);
        var missing = planned.Count(p => !all.ContainsKey(p.Key));
        if (missing > 0)
        {
            throw new InvalidOperationException($"{Name}: {missing} of {planned.Count} jobs have no stored result in {store.Path}{hint}");
        }

        var results = planned.Select(p => new JobResult<TJob, TRecord>(p.Key, p.Job, ExperimentJson.Deserialize<TRecord>(all[p.Key].Record), all[p.Key].WallSeconds)).ToList();
        return (results, planned.Select(p => all[p.Key]).ToList());
    }

    /// <summary>"quick" or "full", with the overrides and parts asked for.</summary>
    protected static string SettingText(ExperimentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string text = request.SettingName;
        if (request.Overrides.Count > 0)
        {
            text += ", --set " + string.Join(" ", request.Overrides);
        }

        if (request.Parts.Count > 0)
        {
            text += ", --only " + string.Join(",", request.Parts);
        }

        return text;
    }

    /// <summary>The overrides of <paramref name="request"/> parsed against <see cref="SettingKeys"/>.</summary>
    protected KeyValueSettings Overrides(ExperimentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return KeyValueSettings.Parse($"experiment {Name}", request.Overrides, SettingKeys);
    }

    /// <summary>
    /// <paramref name="settings"/> (the quick or full record) with the request's <c>--set</c> values bound to the settings
    /// that <typeparamref name="TSettings"/> declares once, with <see cref="SaddleEscape.Settings.SettingAttribute"/>
    /// (<see cref="SettingsBinder"/>; its <see cref="SettingKeys"/> come from <see cref="SettingsBinder.ExperimentSpecs"/>).
    /// </summary>
    protected TSettings WithOverrides(ExperimentRequest request, TSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return (TSettings)SettingsBinder.BindObject(Overrides(request), settings);
    }

    private void Validate(ExperimentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var unknown = request.Parts.FirstOrDefault(p => !Parts.Contains(p));
        if (unknown is not null)
        {
            throw new ArgumentException(Parts.Count == 0
                ? $"experiment '{Name}' has no parts to choose with --only"
                : $"unknown part '{unknown}' of '{Name}' (parts: {string.Join(", ", Parts)})");
        }

        if (request.Overrides.Count > 0 && SettingKeys.Count == 0)
        {
            throw new ArgumentException($"experiment '{Name}' has no settings to override with --set");
        }

        CheckSizes(Overrides(request));
    }

    /// <summary>
    /// An integer setting (a count or a size: seeds, dimensions, samples …) given with --set may be at most
    /// <see cref="ResourceLimits.SettingFactor"/> times its largest default (<see cref="ResourceLimits.RequireSetting"/>);
    /// checked before any job is planned, so that a typo cannot ask for 10⁹ jobs or a 10⁹-dimensional run.
    /// </summary>
    private void CheckSizes(KeyValueSettings set)
    {
        foreach (var (key, text) in set.Given)
        {
            var defaults = NumbersIn(SettingKeys.First(k => k.Key == key).Default);
            if (defaults.Count == 0 || defaults.Any(d => d != Math.Floor(d)))
            {
                continue; // not an integer setting
            }

            foreach (double value in NumbersIn(text).Where(v => v == Math.Floor(v)))
            {
                ResourceLimits.RequireSetting($"experiment {Name}", key, value, defaults.Max());
            }
        }
    }

    private static List<double> NumbersIn(string text) =>
        NumberPattern().Matches(text)
            .Select(m => double.TryParse(m.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double v) ? v : double.NaN)
            .Where(double.IsFinite)
            .ToList();

    [System.Text.RegularExpressions.GeneratedRegex(@"[0-9][0-9_]*(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")]
    private static partial System.Text.RegularExpressions.Regex NumberPattern();

    private bool Readable(IReadOnlyDictionary<string, StoredJob> stored, string key)
    {
        if (!stored.TryGetValue(key, out var job))
        {
            return false;
        }

        try
        {
            ExperimentJson.Deserialize<TRecord>(job.Record);
            return true;
        }
        catch (JsonException)
        {
            // A record written by code whose record type has since changed without a version bump: run it again.
            return false;
        }
    }

    /// <summary>The order shards are cut from (<see cref="ShardSpec"/>): by key, so it does not depend on <see cref="Jobs"/>' order.</summary>
    private static IEnumerable<(string Key, TJob Job, string Json)> SortedByKey(IEnumerable<(string Key, TJob Job, string Json)> planned) =>
        planned.OrderBy(p => p.Key, StringComparer.Ordinal);

    private static IReadOnlyList<string> ShardStores(string directory)
    {
        string shards = Path.Combine(directory, "shards");
        var files = Directory.Exists(shards) ? Directory.GetFiles(shards, "results-*.sqlite").Order(StringComparer.Ordinal).ToArray() : [];
        return files.Length > 0 ? files : throw new ArgumentException($"--collect: no shard stores (results-*.sqlite) in {shards}");
    }
}
