using MathNet.Numerics.LinearAlgebra;
using SaddleEscape.Landscape;
using SaddleEscape.Manifolds;
using SaddleEscape.Objectives;
using SaddleEscape.Problems;

namespace SaddleEscape.Tests.Landscape;

/// <summary>docs/certificate.md's snippet is the body of <see cref="Example"/>, and it prints what the page says.</summary>
[Collection("console")]
public sealed class CertificateDocExampleTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "certificate.md"));

    /// <summary>The page's first fenced block of <paramref name="language"/>, as trimmed non-empty lines.</summary>
    private static List<string> Fenced(string language)
    {
        int at = Page.IndexOf("```" + language + "\n", StringComparison.Ordinal);
        Assert.True(at >= 0, $"docs/certificate.md has no ```{language} block");
        at += 4 + language.Length;
        return [.. Page[at..Page.IndexOf("```", at, StringComparison.Ordinal)].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
    }

    [Fact]
    public void TheSnippetIsTheExampleAndPrintsWhatThePageSays()
    {
        string source = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "tests", "SaddleEscape.Tests", "Landscape", "CertificateDocExampleTests.cs"));
        int begin = source.LastIndexOf("// DOC begin", StringComparison.Ordinal), end = source.LastIndexOf("// DOC end", StringComparison.Ordinal);
        var body = source[begin..end].Split('\n').Skip(1).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var snippet = Fenced("csharp");
        Assert.Equal(snippet.Where(l => !l.StartsWith("using ", StringComparison.Ordinal)), body);
        Assert.All(snippet.Where(l => l.StartsWith("using ", StringComparison.Ordinal)), u => Assert.Contains(u, source, StringComparison.Ordinal));
        Assert.Equal(string.Join("\n", Fenced("text")), ConsoleCapture.Run(Example).TrimEnd());
    }

    private static void Example()
    {
        // DOC begin
        var uStar = Matrix<double>.Build.Random(10, 3, 1);                               // U* ∈ R^{10×3}, N(0, 1), seed 1
        var f = new SymmetricMatrixFactorization(uStar.TransposeAndMultiply(uStar), 3);  // ¼‖UUᵀ − M‖², M = U*U*ᵀ
        double[] x = [.. Enumerable.Range(0, 30).Select(k => uStar[k / 3, k % 3])];     // the point U*, row-major
        var plain = SecondOrderCertificate.Compute(new Oracle(f), new Euclidean(30), x);
        var options = new CertificateOptions { Symmetry = ContinuousSymmetry.RightOrthogonal(10, 3), KnownMinimum = 0 };
        var certificate = SecondOrderCertificate.Compute(new Oracle(f), new Euclidean(30), x, options);
        Console.WriteLine($"without the symmetry: {plain.Describe()}");
        Console.WriteLine($"with it: {certificate.Describe()}, λ_min = {certificate.LambdaMin:G4}");
        // DOC end
    }
}
