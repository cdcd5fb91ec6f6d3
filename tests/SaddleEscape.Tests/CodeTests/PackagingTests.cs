using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace SaddleEscape.Tests;

/// <summary>
/// Packaging rules kept true on the repository's files: the solution builds every project (so a solution-level
/// <c>-c Release</c> builds all of them in Release), the package examples take the packages this repository packs,
/// and the Torch package leaves the libtorch backend to the application.
/// </summary>
public sealed partial class PackagingTests
{
    private static string Root => RepositoryRoot.Path;

    private static XDocument Project(string relative) => XDocument.Load(Path.Combine(Root, relative));

    private static IEnumerable<XElement> Elements(XDocument project, string name) => project.Descendants(name);

    /// <summary>Every *.csproj in the repository, relative and with '/' (build outputs left out).</summary>
    private static List<string> ProjectFiles() =>
        Directory.EnumerateFiles(Root, "*.csproj", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part is "bin" or "obj" or ".git"))
            .Order(StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void TheSolutionListsEveryProjectButTheExamplesThatUseThePackages()
    {
        var listed = XDocument.Load(Path.Combine(Root, "SaddleEscape.slnx")).Descendants("Project")
            .Select(p => (string)p.Attribute("Path")!)
            .Order(StringComparer.Ordinal)
            .ToList();
        var projects = ProjectFiles();
        Assert.Equal(projects.Where(p => !p.StartsWith("examples/", StringComparison.Ordinal)), listed);
        Assert.Contains("examples/TorchQuickstart/TorchQuickstart.csproj", projects);
    }

    [Fact]
    public void TheExamplesTakeThePackagesThisRepositoryPacksAndNothingFromItsBuildFiles()
    {
        string version = (string)Elements(Project("Directory.Build.props"), "Version").Single();
        foreach (var example in ProjectFiles().Where(p => p.StartsWith("examples/", StringComparison.Ordinal)))
        {
            var project = Project(example);
            Assert.Empty(Elements(project, "ProjectReference"));
            Assert.Empty(Elements(project, "RuntimeIdentifier"));
            var ours = Elements(project, "PackageReference").Where(r => ((string)r.Attribute("Include")!).StartsWith("SaddleEscape", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(ours);
            Assert.All(ours, r => Assert.Equal(version, (string)r.Attribute("Version")!));
            string folder = Path.Combine(Root, Path.GetDirectoryName(example)!);
            foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
            {
                Assert.True(File.Exists(Path.Combine(folder, file)), $"{example}: no {file} beside it, so the repository's is imported");
                Assert.Empty(XDocument.Load(Path.Combine(folder, file)).Root!.Elements());
            }
        }
    }

    [Fact]
    public void TheTorchPackageReferencesTorchSharpAloneAndCarriesTheNativeFix()
    {
        var project = Project("src/SaddleEscape.Torch/SaddleEscape.Torch.csproj");
        Assert.Equal(["TorchSharp"], Elements(project, "PackageReference").Select(r => (string)r.Attribute("Include")!));
        Assert.Empty(Elements(project, "RuntimeIdentifier"));
        var packed = Elements(project, "None")
            .Where(n => (string?)n.Attribute("Pack") == "true")
            .SelectMany(n => ((string)n.Attribute("PackagePath")!).Split(';').Select(p => (File: Path.GetFileName((string)n.Attribute("Include")!), PackagePath: p)))
            .ToList();
        Assert.Contains(("TorchSharpNativeFix.targets", "buildTransitive/$(PackageId).targets"), packed);
        Assert.Contains(("WeakenMissingLibStdCxxVersions.cs", "buildTransitive/"), packed);
        Assert.Matches(TaskSourceBesideTheTargets(), File.ReadAllText(Path.Combine(Root, "build", "TorchSharpNativeFix.targets")));
    }

    [GeneratedRegex(@"Source=""\$\(MSBuildThisFileDirectory\)WeakenMissingLibStdCxxVersions\.cs""")]
    private static partial Regex TaskSourceBesideTheTargets();
}
