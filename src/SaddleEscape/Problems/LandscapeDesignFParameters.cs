using SaddleEscape.Settings;

namespace SaddleEscape.Problems;

/// <summary>The parameters of <see cref="LandscapeDesignFFamily"/>.</summary>
public sealed record LandscapeDesignFParameters
{
    /// <summary>σ of teacher and student.</summary>
    [Setting("activation", "σ of teacher and student: relu, sigmoid, tanh")]
    public ActivationKind Activation { get; init; } = ActivationKind.Relu;

    /// <summary>B*.</summary>
    [Setting("teacher", "B*: identity (the paper's) or random orthogonal")]
    public TeacherFirstLayer Teacher { get; init; } = TeacherFirstLayer.Identity;

    /// <summary>Label noise standard deviation.</summary>
    [Setting("noise", "label noise standard deviation s")]
    public double Noise { get; init; }

    /// <summary>f or f′.</summary>
    [Setting("objective", "f (student activation σ, Eq. 2.2) or fprime (student activation γ = σ₂h₂ + σ₄h₄ with unit rows of B, Eq. 2.5)")]
    public StudentObjective Objective { get; init; } = StudentObjective.F;

    /// <summary>f′ only: train on centred labels.</summary>
    [Setting("centre_labels", "fprime only: train on y − ȳ − ĉᵀx (ȳ, ĉ from 65 536 separate samples), which leaves f′'s minimisers unchanged and removes the σ₀, σ₁ parts of the labels")]
    public bool CenterLabels { get; init; }
}
