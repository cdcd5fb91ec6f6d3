using SaddleEscape.Experiments.Running;
using SaddleEscape.Experiments.Torch;

namespace SaddleEscape.Tests.Experiments;

/// <summary>
/// What users see of every experiment's settings — the <c>SettingKeys</c> (key and default text, which help and
/// <c>saddle experiments NAME</c> print), the one-line error a bad <c>--set</c> value gives, and the typed settings that
/// quick and full runs (and accepted overrides) produce — held against a snapshot taken from the code before the settings
/// were declared once (ExperimentSettingsSnapshot.tsv). Sweep files and command lines rely on these staying the same.
/// Set SADDLE_WRITE_SETTINGS_SNAPSHOT=1 to rewrite the snapshot (only on purpose, and say why in the commit).
/// </summary>
public sealed class ExperimentSettingsSnapshotTests
{
    private static readonly string[] Names =
        ["octopus-escape", "escape-time", "tensor-decomposition", "landscape-design", "nn-lift", "spin-glass", "level-sets", "spectra", "psgd-mlp", "psgd-cnn"];

    private static readonly string[] Probes = ["x", "0", "-1", "1.5", "1,x", "2,3"];

    private static string SnapshotPath => Path.Combine(RepositoryRoot.Path, "tests", "SaddleEscape.Tests", "Experiments", "ExperimentSettingsSnapshot.tsv");

    [Fact]
    public void KeysDefaultsErrorsAndSettingsAreWhatTheyWere()
    {
        var lines = Names.SelectMany(Observe).ToList();
        if (Environment.GetEnvironmentVariable("SADDLE_WRITE_SETTINGS_SNAPSHOT") == "1")
        {
            File.WriteAllLines(SnapshotPath, lines);
        }

        var expected = File.ReadAllLines(SnapshotPath);
        Assert.True(expected.Length > 100, $"the snapshot holds {expected.Length} lines");
        for (int i = 0; i < Math.Max(expected.Length, lines.Count); i++)
        {
            Assert.Equal(Normal(i < expected.Length ? expected[i] : "(none)"), Normal(i < lines.Count ? lines[i] : "(none)"));
        }
    }

    /// <summary>A line with its settings JSON's properties sorted by name (the order of a record's fields is not what users see).</summary>
    private static string Normal(string line)
    {
        int start = line.IndexOf(" jobs {", StringComparison.Ordinal);
        if (start < 0)
        {
            return line;
        }

        var json = System.Text.Json.Nodes.JsonNode.Parse(line[(start + 6)..])!.AsObject();
        var sorted = new System.Text.Json.Nodes.JsonObject(json.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
        return line[..(start + 6)] + sorted.ToJsonString();
    }

    private static IEnumerable<string> Observe(string name)
    {
        var experiment = NetworkExperiments.Registry.Get(name);
        foreach (var spec in experiment.SettingKeys)
        {
            yield return $"{name}\tkey\t{spec.Key}\t{spec.Default}\t{spec.Description}";
        }

        foreach (bool quick in new[] { true, false })
        {
            yield return $"{name}\tsettings\t{(quick ? "quick" : "full")}\t\t{Outcome(experiment, quick, null)}";
        }

        foreach (var spec in experiment.SettingKeys)
        {
            foreach (string probe in Probes)
            {
                yield return $"{name}\tset\t{spec.Key}\t{probe}\t{Outcome(experiment, true, $"{spec.Key}={probe}")}";
            }
        }

        yield return $"{name}\tset\tno_such_key\t1\t{Outcome(experiment, true, "no_such_key=1")}";
    }

    private static string Outcome(IExperiment experiment, bool quick, string? set)
    {
        var request = new ExperimentRequest(Path.GetTempPath(), Quick: quick, Set: set is null ? null : [set]);
        try
        {
            int jobs = experiment.CountJobs(request);
            var settings = experiment.GetType().GetMethod("Settings")!.Invoke(experiment, [request]);
            return $"{jobs} jobs {System.Text.Json.JsonSerializer.Serialize(settings, settings!.GetType())}";
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.Reflection.TargetInvocationException)
        {
            var inner = e is System.Reflection.TargetInvocationException { InnerException: { } x } ? x : e;
            return $"{inner.GetType().Name}: {inner.Message.ReplaceLineEndings(" ")}";
        }
    }
}
