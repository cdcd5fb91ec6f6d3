namespace SaddleEscape.Experiments.LandscapeDesign;

/// <summary>What a simulated setting of Ge, Lee &amp; Ma 2018, Sec. 4 trains.</summary>
public enum SimulationObjective
{
    /// <summary>The plain ℓ₂ risk f with the teacher's activation (Eq. 2.2; Fig. 1–2).</summary>
    F,

    /// <summary>f′: the student activation γ = σ₂h₂ + σ₄h₄ with unit rows of B (Eq. 2.5; Fig. 3).</summary>
    FPrime,

    /// <summary>The designed objective G on fresh samples (Eq. 2.7; Fig. 4).</summary>
    G,
}
