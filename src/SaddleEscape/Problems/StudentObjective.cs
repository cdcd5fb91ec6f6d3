using SaddleEscape.Settings;

namespace SaddleEscape.Problems;

/// <summary>Which student objective <c>landscape-design-f</c> trains (Ge, Lee &amp; Ma 2018).</summary>
public enum StudentObjective
{
    /// <summary>Eq. 2.2: the student has the teacher's activation σ.</summary>
    [Setting("f")]
    F,

    /// <summary>Eq. 2.5: student activation γ = σ₂h₂ + σ₄h₄ with unit rows of B.</summary>
    [Setting("fprime")]
    FPrime,
}
