using SaddleEscape.Experiments.Catalog;
using System.Text.RegularExpressions;

namespace SaddleEscape.Tests;

/// <summary>
/// The README stays true: it opens with the two commands, its library snippet is the compiled example, its tables list exactly
/// the catalogues; a snippet on a docs page (the NN-LIFT example) is held to its compiled test the same way.
/// </summary>
public sealed partial class ReadmeTests
{
    private static string Readme => File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));

    /// <summary>
    /// The one document — README.md or a page under docs/ — that has the line <paramref name="heading"/>: a snippet may live
    /// on the page of its subject (the NN-LIFT example is on docs/nn-lift.md) and still be held to its compiled source.
    /// </summary>
    private static string DocumentWith(string heading)
    {
        var documents = new[] { Path.Combine(RepositoryRoot.Path, "README.md") }
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "docs"), "*.md", SearchOption.TopDirectoryOnly))
            .Select(File.ReadAllText)
            .Where(text => text.Split('\n').Any(line => line.TrimEnd() == heading))
            .ToList();
        Assert.True(documents.Count == 1, $"{documents.Count} documents have the heading '{heading}' (one expected)");
        return documents[0];
    }

    /// <summary>The fenced block of <paramref name="language"/> that follows <paramref name="heading"/>, as trimmed lines.</summary>
    private static List<string> Block(string heading, string language, int skip = 0)
    {
        string text = heading.StartsWith("# ", StringComparison.Ordinal) ? Readme : DocumentWith(heading);
        int at = text.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(at >= 0, $"README has no '{heading}'");
        for (int i = 0; i <= skip; i++)
        {
            at = text.IndexOf("```" + language + "\n", at, StringComparison.Ordinal) + 4 + language.Length;
        }

        int end = text.IndexOf("```", at, StringComparison.Ordinal);
        return text[at..end].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
    }

    /// <summary>The README's ```text block after <paramref name="heading"/>: what the snippet there prints.</summary>
    public static string ExpectedOutput(string heading) => string.Join("\n", Block(heading, "text"));

    [Fact]
    public void TheLibrarySectionIsTheQuickstartProgram()
    {
        // The README's block and examples/Quickstart/Program.cs, line for line (usings included); .ci/run packs the
        // packages, runs the quickstart against them and compares what it prints with the README's text block.
        var program = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "examples", "Quickstart", "Program.cs"))
            .Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        Assert.Contains("\n### Using the library\n", Readme, StringComparison.Ordinal);   // .ci/run diffs the README's block
        Assert.Equal(program, Block("### Using the library", "csharp"));
        Assert.Contains("<PackageReference Include=\"SaddleEscape\"", File.ReadAllText(Path.Combine(RepositoryRoot.Path, "examples", "Quickstart", "Quickstart.csproj")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("### NN-LIFT from the library", "ReadmeNeuralLiftExampleTests.cs")]
    public void TheLibrarySnippetIsTheBodyOfTheCompiledExample(string heading, string file)
    {
        var snippet = Block(heading, "csharp").Where(l => !l.StartsWith("using ", StringComparison.Ordinal)).ToList();
        string source = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "tests", "SaddleEscape.Tests", file));
        int begin = source.IndexOf("// README begin", StringComparison.Ordinal), end = source.IndexOf("// README end", StringComparison.Ordinal);
        var body = source[begin..end].Split('\n').Skip(1).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        Assert.Equal(snippet, body);
        var usings = Block(heading, "csharp").Where(l => l.StartsWith("using ", StringComparison.Ordinal));
        Assert.All(usings, u => Assert.Contains(u, source, StringComparison.Ordinal));
    }

    private static HashSet<string> TableNames(string heading)
    {
        string text = Readme;
        int at = text.IndexOf(heading + "\n", StringComparison.Ordinal);
        Assert.True(at >= 0, $"README has no '{heading}'");
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in text[at..].Split('\n').Skip(1).SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|')))
        {
            var m = FirstCell().Match(line);
            if (m.Success)
            {
                names.Add(m.Groups[1].Value);
            }
        }

        return names;
    }

    [Fact]
    public void TheOptimizerTableListsExactlyTheCatalogue() =>
        Assert.Equal(OptimizerCatalog.All.Select(o => o.Name).ToHashSet(), TableNames("### Optimisers"));

    [Fact]
    public void TheProblemTableListsExactlyTheCatalogue() =>
        Assert.Equal(ProblemCatalog.All.Select(p => p.Name).ToHashSet(), TableNames("### Problems"));

    [Fact]
    public void TheReadmeOpensWithTheTwoCommands()
    {
        var first = Block("# SaddleEscape", "bash");
        Assert.StartsWith("dotnet run -c Release --project src/SaddleEscape.Cli.Torch -- reproduce all --quick", first[0], StringComparison.Ordinal);
        Assert.StartsWith("dotnet test", first[1], StringComparison.Ordinal);
        Assert.Contains("dotnet test", File.ReadAllText(Path.Combine(RepositoryRoot.Path, ".ci", "run")), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\| `([a-z0-9-]+[a-zA-Z0-9-]*)` \|")]
    private static partial Regex FirstCell();
}
