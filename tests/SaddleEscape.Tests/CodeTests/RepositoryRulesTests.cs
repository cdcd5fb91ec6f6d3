using System.Reflection;
using System.Text.RegularExpressions;

namespace SaddleEscape.Tests;

/// <summary>Rules the repository keeps, checked on its files (as ScottPlot's code tests do).</summary>
public sealed partial class RepositoryRulesTests
{
    private static IEnumerable<string> SourceFiles(string under) =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, under), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal));

    private static string Relative(string file) => Path.GetRelativePath(RepositoryRoot.Path, file);

    public static TheoryData<string, string> Projects => new()
    {
        { "src/SaddleEscape", "SaddleEscape" },
        { "src/SaddleEscape.Torch", "SaddleEscape.Torch" },
        { "src/SaddleEscape.Experiments", "SaddleEscape.Experiments" },
        { "src/SaddleEscape.Experiments.Torch", "SaddleEscape.Experiments.Torch" },
        { "src/SaddleEscape.Cli", "SaddleEscape.Cli" },
        { "src/SaddleEscape.Cli.Torch", "SaddleEscape.Cli.Torch" },
    };

    [Theory]
    [MemberData(nameof(Projects))]
    public void EveryNamespaceIsItsFolder(string project, string rootNamespace)
    {
        string root = Path.Combine(RepositoryRoot.Path, project);
        var wrong = new List<string>();
        foreach (var file in SourceFiles(project).Where(f => Path.GetFileName(f) != "Program.cs"))
        {
            string folder = Path.GetRelativePath(root, Path.GetDirectoryName(file)!);
            string expected = folder == "." ? rootNamespace : rootNamespace + "." + folder.Replace('/', '.');
            var m = Namespace().Match(File.ReadAllText(file));
            if (!m.Success || m.Groups[1].Value != expected)
            {
                wrong.Add($"{Relative(file)}: {(m.Success ? m.Groups[1].Value : "no file-scoped namespace")}, expected {expected}");
            }
        }

        Assert.Empty(wrong);
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void OnePublicTypePerFile(string project, string rootNamespace)
    {
        _ = rootNamespace;
        var crowded = SourceFiles(project)
            .Select(f => (File: f, Count: TopLevelPublicType().Matches(File.ReadAllText(f)).Count))
            .Where(x => x.Count > 1)
            .Select(x => $"{Relative(x.File)}: {x.Count} public types")
            .ToList();
        Assert.Empty(crowded);
    }

    [Fact]
    public void TheCoreSeesNoConsoleNoCliAndNoExperimentTypes()
    {
        var offences = SourceFiles("src/SaddleEscape")
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(x => !x.Text.TrimStart().StartsWith("///", StringComparison.Ordinal) && !x.Text.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .Where(x => x.Text.Contains("Console.", StringComparison.Ordinal) || x.Text.Contains("SaddleEscape.Experiments", StringComparison.Ordinal)
                || x.Text.Contains("SaddleEscape.Cli", StringComparison.Ordinal) || x.Text.Contains("KeyValueSettings", StringComparison.Ordinal))
            .Select(x => $"{Relative(x.File)}:{x.Line}: {x.Text.Trim()}")
            .ToList();
        Assert.Empty(offences);
        Assert.False(Directory.Exists(Path.Combine(RepositoryRoot.Path, "src", "SaddleEscape", "Catalog")), "src/SaddleEscape has a Catalog folder");
        var references = typeof(SaddleEscape.Optimizers.Optimizer).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.All(references, name => Assert.True(name.StartsWith("System", StringComparison.Ordinal) || name is "MathNet.Numerics" or "netstandard", $"the core references {name}"));
    }

    [Fact]
    public void SourcesCitePapersNotSeedNumbersAndHoldNoStubs()
    {
        var offences = new[] { "src", "tests", "bench" }.SelectMany(SourceFiles)
            .Where(f => !f.EndsWith("RepositoryRulesTests.cs", StringComparison.Ordinal))
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(x => SeedNumber().IsMatch(x.Text) || x.Text.Contains("NotImplementedException", StringComparison.Ordinal) || x.Text.Contains("TODO", StringComparison.Ordinal))
            .Select(x => $"{Relative(x.File)}:{x.Line}")
            .ToList();
        Assert.Empty(offences);
    }

    [Fact]
    public void PackageVersionsAreExact()
    {
        var floating = Directory.EnumerateFiles(RepositoryRoot.Path, "*.*proj", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(RepositoryRoot.Path, "Directory.Packages.props", SearchOption.AllDirectories))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .SelectMany(f => PackageVersion().Matches(File.ReadAllText(f)).Select(m => (File: f, Version: m.Groups[1].Value)))
            .Where(x => x.Version.Contains('*', StringComparison.Ordinal) || x.Version.Contains('[', StringComparison.Ordinal) || x.Version.Contains('(', StringComparison.Ordinal))
            .Select(x => $"{Relative(x.File)}: {x.Version}")
            .ToList();
        Assert.Empty(floating);
    }

    /// <summary>Central package management: every version is stated once, in Directory.Packages.props.</summary>
    [Fact]
    public void EachPackageVersionIsStatedOnceInDirectoryPackagesProps()
    {
        string central = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "Directory.Packages.props"));
        Assert.Contains("<ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>", central, StringComparison.Ordinal);
        var names = PackageVersion().Matches(central).Select(m => m.Value).ToList();
        Assert.NotEmpty(names);
        var stated = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "src"), "*.csproj", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "tests"), "*.csproj", SearchOption.AllDirectories))
            .Where(f => PackageVersion().IsMatch(File.ReadAllText(f)))
            .Select(Relative)
            .ToList();
        Assert.Empty(stated);
    }

    [Fact]
    public void EveryExperimentIsInTheRegistryAndHasAVersion()
    {
        static List<Type> Experiments(Assembly assembly) => assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(SaddleEscape.Experiments.Running.IExperiment).IsAssignableFrom(t) && t.Name != "SweepExperiment")
            .ToList();
        static List<Type> Registered(SaddleEscape.Experiments.Running.ExperimentRegistry registry) =>
            registry.All.Select(e => e.GetType()).Distinct().ToList();

        var lean = Experiments(typeof(SaddleEscape.Experiments.Running.IExperiment).Assembly);
        var all = lean.Concat(Experiments(typeof(SaddleEscape.Experiments.Torch.NetworkExperiments).Assembly)).ToList();
        Assert.Equal(lean.OrderBy(t => t.Name), Registered(SaddleEscape.Experiments.Hosting.LeanExperiments.Registry).OrderBy(t => t.Name));
        Assert.Equal(all.OrderBy(t => t.Name), Registered(SaddleEscape.Experiments.Torch.NetworkExperiments.Registry).OrderBy(t => t.Name));
        Assert.All(SaddleEscape.Experiments.Torch.NetworkExperiments.Registry.All, e => Assert.True(e.Version >= 1));
    }

    [Fact]
    public void TheLeanToolAndItsExperimentsDoNotReferenceTorchSharp()
    {
        static bool Torch(string name) => name.Contains("Torch", StringComparison.OrdinalIgnoreCase);
        foreach (var assembly in new[] { typeof(SaddleEscape.Experiments.Running.IExperiment).Assembly, typeof(SaddleEscape.Cli.SaddleCommandLine).Assembly })
        {
            Assert.DoesNotContain(assembly.GetReferencedAssemblies(), a => Torch(a.Name!));
        }

        foreach (var project in new[] { "src/SaddleEscape.Experiments/SaddleEscape.Experiments.csproj", "src/SaddleEscape.Cli/SaddleEscape.Cli.csproj" })
        {
            var references = ProjectOrPackageReference().Matches(File.ReadAllText(Path.Combine(RepositoryRoot.Path, project))).Select(m => m.Groups[1].Value);
            Assert.DoesNotContain(references, r => Torch(r));
        }
    }

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    [GeneratedRegex(@"^public (?:sealed |static |abstract |readonly |partial )*(?:class|record|struct|interface|enum)\b", RegexOptions.Multiline)]
    private static partial Regex TopLevelPublicType();

    [GeneratedRegex(@"seed 00[0-9]")]
    private static partial Regex SeedNumber();

    [GeneratedRegex(@"<Package(?:Reference|Version) Include=""[^""]+"" Version=""([^""]+)""")]
    private static partial Regex PackageVersion();

    [GeneratedRegex(@"<(?:Project|Package)Reference Include=""([^""]+)""")]
    private static partial Regex ProjectOrPackageReference();
}
