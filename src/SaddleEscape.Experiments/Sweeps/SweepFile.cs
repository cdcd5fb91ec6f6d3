using SaddleEscape.Experiments.Running;
using System.Globalization;
using Tomlyn;
using Tomlyn.Model;
using Tomlyn.Parsing;

namespace SaddleEscape.Experiments.Sweeps;

/// <summary>
/// Reads a sweep file (TOML, with Tomlyn). Every key is checked: an unknown key, a wrong type or a parse error is one
/// <see cref="ArgumentException"/> naming the file, the key and (for parse errors) the line. Layout:
/// <code>
/// name = "octopus-pgd-radius"            # required
/// description = "…"
/// seeds = 5                              # or a list, e.g. [0, 1, 2]
/// dimensions = [2, 4, 6]                 # --dim values (default: each problem's)
/// [[problems]]                           # one or more
/// name = "octopus"
/// set = { start = ["uniform", "ball"] }  # a value or a list of values per key
/// [[optimizers]]                         # one or more
/// name = "pgd"
/// opt = { r = [0.01, 0.1], g_thres = 0.1 }
/// [run]                                  # saddle run's stopping rules
/// max_iterations = 100000
/// target_gap = 0.01                      # also: grad_tol, target, max_grads, cert_grad_tol, cert_eig_tol
/// [report]
/// metric = "iterations"                  # iterations, gradient_evaluations, hvp_evaluations, recovery_error, final_value, final_grad_norm, wall_seconds, local_min
/// axis = "dimension"                     # or "set.KEY" / "opt.KEY" of a numeric grid
/// log_y = true
/// </code>
/// </summary>
public static class SweepFile
{
    /// <summary>The largest sweep file read (a grid of a million jobs fits in far less).</summary>
    public const long MaxFileBytes = 1 << 20;

    /// <summary>Reads and checks <paramref name="path"/>.</summary>
    public static SweepSpec Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text = InputFile.ReadText(path, "sweep file", MaxFileBytes, "a sweep file");
        // The syntax tree is validated first: TOML forbids a key given twice, and Tomlyn's model would keep the last one.
        var syntax = SyntaxParser.Parse(text, path, true);
        if (syntax.HasErrors)
        {
            var first = syntax.Diagnostics.First(d => d.Kind == Tomlyn.Syntax.DiagnosticMessageKind.Error);
            throw new ArgumentException($"{path}:{first.Span.Start.Line + 1}:{first.Span.Start.Column + 1}: {first.Message.Split('\n')[0]}");
        }

        TomlTable root;
        try
        {
            root = TomlSerializer.Deserialize<TomlTable>(text) ?? throw new ArgumentException($"{path}: empty sweep file");
        }
        catch (TomlException e)
        {
            throw new ArgumentException($"{path}:{e.Line}:{e.Column}: {e.Message.Split('\n')[0]}");
        }

        return Parse(root, path);
    }

    /// <summary>Checks a parsed TOML table (<paramref name="source"/> names it in messages).</summary>
    public static SweepSpec Parse(TomlTable root, string source)
    {
        ArgumentNullException.ThrowIfNull(root);
        Only(root, source, "name", "description", "seeds", "dimensions", "problems", "optimizers", "run", "report");
        string name = Required<string>(root, source, "name");
        if (name.Length == 0 || !name.All(c => char.IsLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new ArgumentException($"{source}: name must be letters, digits, '-' or '_' (got '{name}')");
        }

        var seeds = root.TryGetValue("seeds", out var s) ? s switch
        {
            long n when n >= 1 && n <= int.MaxValue => Enumerable.Range(0, (int)Math.Min(n, ResourceLimits.Enforced ? ResourceLimits.MaxJobs + 1 : n)).ToList(),
            TomlArray a => Integers(a, source, "seeds", int.MinValue),
            _ => throw new ArgumentException($"{source}: seeds must be a count in [1, {int.MaxValue}] or a list of integers"),
        } : [0];
        var dimensions = root.TryGetValue("dimensions", out var d)
            ? Integers(d as TomlArray ?? throw new ArgumentException($"{source}: dimensions must be a list of integers ≥ 1"), source, "dimensions", 1)
            : [];
        var problems = Grids(root, source, "problems", "set");
        var optimizers = Grids(root, source, "optimizers", "opt");
        var run = root.TryGetValue("run", out var r) ? r as TomlTable ?? throw new ArgumentException($"{source}: [run] must be a table") : [];
        Only(run, $"{source} [run]", "max_iterations", "grad_tol", "target_gap", "target", "max_grads", "cert_grad_tol", "cert_eig_tol");
        var report = root.TryGetValue("report", out var p) ? p as TomlTable ?? throw new ArgumentException($"{source}: [report] must be a table") : [];
        Only(report, $"{source} [report]", "metric", "axis", "log_y");
        string metric = Optional(report, source, "metric", "iterations");
        if (!SweepMetric.All.ContainsKey(metric))
        {
            throw new ArgumentException($"{source}: [report] metric must be one of {string.Join(", ", SweepMetric.All.Keys)} (got '{metric}')");
        }

        string axis = Optional(report, source, "axis", "dimension");
        CheckAxis(axis, problems, optimizers, dimensions, source);
        long maxIterations = Optional<long>(run, source, "max_iterations", 10_000);
        if (maxIterations < 0)
        {
            throw new ArgumentException($"{source}: [run] max_iterations must be ≥ 0 (got {maxIterations})");
        }

        long? maxGrads = run.TryGetValue("max_grads", out var g) ? g as long? ?? throw new ArgumentException($"{source}: [run] max_grads must be an integer") : null;
        if (maxGrads < 1)
        {
            throw new ArgumentException($"{source}: [run] max_grads must be ≥ 1 (got {maxGrads})");
        }

        // The grid is counted before it is built: a sweep of 10⁹ cells is refused here, not when its job list fills the memory.
        double seedCount = s is long count ? count : seeds.Count;
        ResourceLimits.RequireJobs($"sweep {source}", problems.Sum(p => p.Count) * optimizers.Sum(o => o.Count) * Math.Max(1, dimensions.Count) * seedCount);
        return new SweepSpec(
            name, Optional(root, source, "description", ""), problems, optimizers, dimensions, seeds,
            maxIterations, Number(run, source, "grad_tol") ?? 1e-10, Number(run, source, "target_gap"), Number(run, source, "target"), maxGrads,
            Number(run, source, "cert_grad_tol") ?? 1e-6, Number(run, source, "cert_eig_tol") ?? 1e-6,
            metric, axis, Optional(report, source, "log_y", metric is "iterations" or "gradient_evaluations" or "hvp_evaluations" or "recovery_error" or "final_grad_norm"));
    }

    private static List<SweepGrid> Grids(TomlTable root, string source, string key, string gridKey)
    {
        if (!root.TryGetValue(key, out var value) || value is not TomlTableArray array || array.Count == 0)
        {
            throw new ArgumentException($"{source}: needs at least one [[{key}]] table with a name");
        }

        return array.Select(t =>
        {
            Only(t, $"{source} [[{key}]]", "name", gridKey);
            string name = Required<string>(t, source, "name");
            var grid = t.TryGetValue(gridKey, out var g) ? g as TomlTable ?? throw new ArgumentException($"{source}: [[{key}]] {gridKey} must be a table of key = value or key = [values]") : [];
            return new SweepGrid(name, grid.Select(kv => new KeyValuePair<string, IReadOnlyList<string>>(kv.Key, kv.Value switch
            {
                TomlArray values when values.Count > 0 => Distinct(values.Select(v => Text(v, source, kv.Key)).ToList(), source, $"[[{key}]] {name}: {gridKey}.{kv.Key}"),
                TomlArray => throw new ArgumentException($"{source}: [[{key}]] {name}: {gridKey}.{kv.Key} is an empty list"),
                _ => [Text(kv.Value, source, kv.Key)],
            })).ToList());
        }).ToList();
    }

    /// <summary>A list of integers in [<paramref name="minimum"/>, int.MaxValue], not empty, each once.</summary>
    private static List<int> Integers(TomlArray array, string source, string key, int minimum)
    {
        if (array.Count == 0)
        {
            throw new ArgumentException($"{source}: {key} is an empty list (leave the key out for the default)");
        }

        var values = array.Select(v => v is long x && x >= minimum && x <= int.MaxValue
            ? (int)x
            : throw new ArgumentException(FormattableString.Invariant($"{source}: {key} must be integers in [{minimum}, {int.MaxValue}] (got {v})"))).ToList();
        return Distinct(values, source, key);
    }

    /// <summary>Refuses a list that names a value twice (it would make the same job twice).</summary>
    private static List<T> Distinct<T>(List<T> values, string source, string key)
    {
        var twice = values.GroupBy(v => v).FirstOrDefault(g => g.Count() > 1);
        return twice is null ? values : throw new ArgumentException(FormattableString.Invariant($"{source}: {key} lists {twice.Key} twice"));
    }

    private static void CheckAxis(string axis, List<SweepGrid> problems, List<SweepGrid> optimizers, List<int> dimensions, string source)
    {
        if (axis == "dimension")
        {
            return;
        }

        var parts = axis.Split('.', 2);
        var grids = parts[0] switch { "set" => problems, "opt" => optimizers, _ => null };
        var values = grids?.SelectMany(g => g.Grid.Where(kv => kv.Key == parts[^1]).SelectMany(kv => kv.Value)).ToList();
        if (parts.Length != 2 || values is null || values.Count == 0)
        {
            throw new ArgumentException($"{source}: [report] axis must be dimension, set.KEY or opt.KEY of a key in the grids (got '{axis}')");
        }

        if (values.Any(v => !double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
        {
            throw new ArgumentException($"{source}: [report] axis {axis} has non-numeric values; plot against a numeric one");
        }
    }

    private static string Text(object? value, string source, string key) => value switch
    {
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        double x => x.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => throw new ArgumentException($"{source}: {key} must be a string, number or boolean"),
    };

    private static void Only(TomlTable table, string source, params string[] keys)
    {
        var unknown = table.Keys.FirstOrDefault(k => !keys.Contains(k));
        if (unknown is not null)
        {
            throw new ArgumentException($"{source}: unknown key '{unknown}' (known: {string.Join(", ", keys)})");
        }
    }

    private static T Required<T>(TomlTable table, string source, string key) =>
        table.TryGetValue(key, out var v) && v is T t ? t : throw new ArgumentException($"{source}: '{key}' is required ({typeof(T).Name.ToLowerInvariant()})");

    private static T Optional<T>(TomlTable table, string source, string key, T fallback) =>
        !table.TryGetValue(key, out var v) ? fallback : v is T t ? t : throw new ArgumentException($"{source}: '{key}' must be a {typeof(T).Name.ToLowerInvariant()}");

    private static double? Number(TomlTable table, string source, string key) =>
        !table.TryGetValue(key, out var v) ? null : v switch
        {
            double x => x,
            long l => l,
            _ => throw new ArgumentException($"{source}: '{key}' must be a number"),
        };
}
