namespace SaddleEscape.Experiments.Reporting;

/// <summary>How a paper's claim fared here.</summary>
public enum Verdict
{
    /// <summary>Our numbers agree with the claim.</summary>
    Reproduces,

    /// <summary>Our numbers agree with part of the claim, or only at a smaller size.</summary>
    Partly,

    /// <summary>Our numbers contradict the claim.</summary>
    DoesNotReproduce,

    /// <summary>The run shows nothing either way (e.g. every method at chance level).</summary>
    Inconclusive,

    /// <summary>The part that would test it did not run here.</summary>
    NotTestedHere,
}
