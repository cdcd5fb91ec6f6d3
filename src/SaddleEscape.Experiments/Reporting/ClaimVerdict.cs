namespace SaddleEscape.Experiments.Reporting;

/// <summary>One paper claim and what our run says of it, with the number that decides.</summary>
/// <param name="Claim">The claim, citing the paper (author–year, figure or theorem).</param>
/// <param name="Verdict">How it fared.</param>
/// <param name="Evidence">Our number(s), computed from the records.</param>
public sealed record ClaimVerdict(string Claim, Verdict Verdict, string Evidence)
{
    /// <summary>The rule and threshold that decided the verdict from the evidence (rendered beside it when given).</summary>
    public string? Rule { get; init; }

    /// <summary>The verdict as report text: "reproduces", "does not reproduce", …</summary>
    public string VerdictText => Verdict switch
    {
        Verdict.Reproduces => "reproduces",
        Verdict.Partly => "reproduces in part",
        Verdict.DoesNotReproduce => "does not reproduce",
        Verdict.Inconclusive => "inconclusive",
        Verdict.NotTestedHere => "not tested here",
        _ => throw new ArgumentOutOfRangeException(nameof(Verdict)),
    };
}
