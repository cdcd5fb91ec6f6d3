using System.Text.RegularExpressions;

namespace SaddleEscape.Tests;

/// <summary>
/// Identifiers use American spelling, as .NET's own names do (Optimizer, Minimizer, Normalize); prose in comments,
/// documentation and reports may use either. Setting keys are stated in <c>[Setting("…")]</c> attributes and are not
/// identifiers, so users' command lines and sweep files are unaffected.
/// </summary>
public sealed partial class SpellingRulesTests
{
    /// <summary>The identifiers with a British spelling in the C# sources of <paramref name="root"/>.</summary>
    internal static List<string> BritishIdentifiers(IEnumerable<(string Name, string Text)> sources) =>
        sources
            .SelectMany(s => Token().Matches(s.Text)
                .Select(m => m.Value)
                .Where(t => char.IsLetter(t[0]) || t[0] == '_')
                .Where(t => British().IsMatch(t))
                .Select(t => $"{s.Name}: {t}"))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void IdentifiersUseAmericanSpelling()
    {
        var sources = new[] { "src", "tests", "bench", "examples" }
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, d), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .Select(f => (Path.GetRelativePath(RepositoryRoot.Path, f), File.ReadAllText(f)));
        var british = BritishIdentifiers(sources);
        Assert.True(british.Count == 0, "British spellings in identifiers:\n" + string.Join("\n", british));
    }

    [Fact]
    public void TheRuleSeesBritishIdentifiersAndIgnoresCommentsAndStrings()
    {
        const string code = "// centred and normalised in a comment\nvar x = \"a centred string\";\nvoid NormaliseRows() { }\nint centre = 0; var analysis = Analyse();";
        Assert.Equal(["f.cs: NormaliseRows", "f.cs: centre", "f.cs: Analyse"], BritishIdentifiers([("f.cs", code)]));
    }

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/|@""(?:[^""]|"""")*""|\$?@?""(?:[^""\\\n]|\\.)*""|'(?:[^'\\\n]|\\.)*'|[A-Za-z_][A-Za-z0-9_]*", RegexOptions.Singleline)]
    private static partial Regex Token();

    [GeneratedRegex(@"isation|[Aa]nalys(?:e(?!s)|ing)|[Ss]ummaris|[Nn]ormalis|[Ss]tandardis|[Oo]rthogonalis|[Oo]ptimis|[Mm]inimis|[Mm]aximis|[Ii]nitialis|[Rr]egularis|[Ss]ymmetris|[Ff]actoris|[Vv]ectoris|[Cc]entre|[Cc]entred|[Nn]eighbour|[Cc]olour|[Bb]ehaviour")]
    private static partial Regex British();
}
