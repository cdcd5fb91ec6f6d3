using System.Text.RegularExpressions;

namespace SaddleEscape.Tests;

/// <summary>
/// The namespaces of <c>src/</c> form no cycle: no namespace imports one that imports it back, directly or through
/// others (a using directive or a fully qualified <c>SaddleEscape.…</c> name counts as an import). The experiments'
/// running machinery names no experiment: the composition roots (<c>Hosting</c>, the tools) do.
/// </summary>
public sealed partial class NamespaceRulesTests
{
    private static readonly string[] Machinery =
    [
        "SaddleEscape.Experiments.Running", "SaddleEscape.Experiments.Reporting",
        "SaddleEscape.Experiments.Catalog", "SaddleEscape.Experiments.Configuration",
    ];

    /// <summary>Each namespace of <c>src/</c> and the <c>SaddleEscape</c> namespaces its files import.</summary>
    internal static Dictionary<string, HashSet<string>> Imports()
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal));
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)).ToList();
            var declared = lines.Select(l => Namespace().Match(l)).FirstOrDefault(m => m.Success)?.Groups[1].Value;
            if (declared is null)
            {
                continue;
            }

            var known = graph.TryGetValue(declared, out var set) ? set : graph[declared] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var line in lines)
            {
                foreach (Match m in Using().Matches(line))
                {
                    known.Add(m.Groups[1].Value);
                }

                foreach (Match m in QualifiedName().Matches(StringLiteral().Replace(line, "\"\"")))
                {
                    // A qualified name's namespace is its longest prefix that is a namespace; resolved below.
                    known.Add("?" + m.Groups[1].Value);
                }
            }
        }

        var namespaces = graph.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var (name, targets) in graph)
        {
            var resolved = targets
                .Select(t => t.StartsWith('?') ? LongestNamespacePrefix(t[1..], namespaces) : t)
                .Where(t => t is not null && t != name && namespaces.Contains(t))
                .Select(t => t!)
                .ToHashSet(StringComparer.Ordinal);
            targets.Clear();
            targets.UnionWith(resolved);
        }

        return graph;
    }

    private static string? LongestNamespacePrefix(string qualified, HashSet<string> namespaces)
    {
        for (string candidate = qualified; candidate.Contains('.', StringComparison.Ordinal); candidate = candidate[..candidate.LastIndexOf('.')])
        {
            if (namespaces.Contains(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The strongly connected components of more than one namespace (Tarjan 1972): each is a cycle of imports.</summary>
    internal static List<List<string>> Cycles(Dictionary<string, HashSet<string>> graph)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<List<string>>();
        int next = 0;

        void Visit(string v)
        {
            index[v] = low[v] = next++;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in graph.TryGetValue(v, out var targets) ? targets : [])
            {
                if (!index.ContainsKey(w))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], index[w]);
                }
            }

            if (low[v] == index[v])
            {
                var component = new List<string>();
                string w;
                do
                {
                    w = stack.Pop();
                    onStack.Remove(w);
                    component.Add(w);
                }
                while (w != v);
                if (component.Count > 1)
                {
                    cycles.Add([.. component.Order(StringComparer.Ordinal)]);
                }
            }
        }

        foreach (var v in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(v))
            {
                Visit(v);
            }
        }

        return cycles;
    }

    [Fact]
    public void NoNamespaceImportsOneThatImportsItBack()
    {
        var graph = Imports();
        var cycles = Cycles(graph).Select(c => string.Join("; ", c.Select(n => $"{n} → {string.Join(", ", graph[n].Where(c.Contains))}"))).ToList();
        Assert.True(cycles.Count == 0, "namespace cycles:\n" + string.Join("\n", cycles));
    }

    [Fact]
    public void TheCycleFinderSeesACycle()
    {
        var graph = new Dictionary<string, HashSet<string>>
        {
            ["A"] = ["B"],
            ["B"] = ["C"],
            ["C"] = ["A"],
            ["D"] = ["A"],
        };
        Assert.Equal(["A", "B", "C"], Assert.Single(Cycles(graph)));
        graph["C"].Clear();
        Assert.Empty(Cycles(graph));
    }

    [Fact]
    public void TheRunningMachineryNamesNoExperiment()
    {
        var graph = Imports();
        var experiments = graph.Keys
            .Where(n => n.StartsWith("SaddleEscape.Experiments.", StringComparison.Ordinal) && !Machinery.Contains(n) && n != "SaddleEscape.Experiments.Hosting")
            .ToHashSet(StringComparer.Ordinal);
        var offences = Machinery
            .Where(graph.ContainsKey)
            .SelectMany(m => graph[m].Where(experiments.Contains).Select(e => $"{m} imports {e}"))
            .ToList();
        Assert.True(offences.Count == 0, string.Join("\n", offences));
    }

    /// <summary>
    /// An experiment takes what it shares with another from the layer below (the catalogue, the core, a shared
    /// namespace such as <c>Experiments.Torch.Networks</c>), never from the other experiment's namespace.
    /// </summary>
    [Fact]
    public void NoExperimentImportsAnother()
    {
        var graph = Imports();
        var experiments = SaddleEscape.Experiments.Torch.NetworkExperiments.Registry.All
            .Select(e => e.GetType().Namespace!)
            .ToHashSet(StringComparer.Ordinal);
        Assert.True(experiments.Count >= 10, $"only {experiments.Count} experiment namespaces found");
        var offences = experiments
            .Where(graph.ContainsKey)
            .SelectMany(e => graph[e].Where(experiments.Contains).Select(other => $"{e} imports {other}"))
            .ToList();
        Assert.True(offences.Count == 0, string.Join("\n", offences));
    }

    [GeneratedRegex(@"^namespace ([\w.]+);")]
    private static partial Regex Namespace();

    [GeneratedRegex(@"^using (SaddleEscape[\w.]*);")]
    private static partial Regex Using();

    [GeneratedRegex(@"""(?:[^""\\]|\\.)*""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"(?<![\w.])(SaddleEscape(?:\.\w+)+)")]
    private static partial Regex QualifiedName();
}
