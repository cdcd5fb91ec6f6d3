using SaddleEscape.Settings;

namespace SaddleEscape.Problems;

/// <summary>The parameters of <see cref="LandscapeDesignGFamily"/>.</summary>
public sealed record LandscapeDesignGParameters
{
    /// <summary>Teacher activation.</summary>
    [Setting("activation", "teacher activation: relu, or another with σ₄ ≠ 0 (sigmoid and tanh have σ₄ = 0)")]
    public ActivationKind Activation { get; init; } = ActivationKind.Relu;

    /// <summary>B*.</summary>
    [Setting("teacher", "B*: random (a random orthogonal matrix) or identity (the paper's experiments)")]
    public TeacherFirstLayer Teacher { get; init; } = TeacherFirstLayer.Random;

    /// <summary>a*.</summary>
    [Setting("a_star", "a*: ones (the paper's) or random (uniform in [1, 2])")]
    public PositiveWeights AStar { get; init; } = PositiveWeights.Ones;

    /// <summary>μ of Eq. 2.7.</summary>
    [Setting("mu", "μ of Eq. 2.7")]
    public double Mu { get; init; } = 0.1;

    /// <summary>λ of Eq. 2.7.</summary>
    [Setting("lambda", "λ of Eq. 2.7")]
    public double Lambda { get; init; } = 10;

    /// <summary>Closed form or samples.</summary>
    [Setting("oracle", "population (closed form) or samples (fresh teacher samples; SGD batch from --opt batch_size)")]
    public ObjectiveOracle Oracle { get; init; } = ObjectiveOracle.Population;

    /// <summary>Samples only: train on centred labels.</summary>
    [Setting("centre_labels", "samples only: train on y − ȳ − ĉᵀx (ȳ, ĉ from 65 536 separate samples); G's terms are orthogonal to constants and linear functions, so the population G is unchanged and the gradient noise drops")]
    public bool CenterLabels { get; init; }
}
