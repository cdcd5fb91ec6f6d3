using SaddleEscape.Settings;

namespace SaddleEscape.Problems;

/// <summary>The parameters of <see cref="LandscapeDesignNonOrthogonalFamily"/>.</summary>
public sealed record LandscapeDesignNonOrthogonalParameters
{
    /// <summary>Teacher activation.</summary>
    [Setting("activation", "teacher activation: relu, or another with σ₄ ≠ 0 and σ₂ ≠ 0")]
    public ActivationKind Activation { get; init; } = ActivationKind.Relu;

    /// <summary>Condition number of B* (≥ 1).</summary>
    [Setting("condition", "condition number of B* before its rows are normalised (≥ 1)")]
    public double Condition { get; init; } = 3;

    /// <summary>μ of Eq. 2.7.</summary>
    [Setting("mu", "μ of Eq. 2.7")]
    public double Mu { get; init; } = 0.1;

    /// <summary>λ of Eq. C.1.</summary>
    [Setting("lambda", "λ of Eq. C.1")]
    public double Lambda { get; init; } = 10;

    /// <summary>Closed form or samples.</summary>
    [Setting("oracle", "population (closed form) or samples (two-sample estimator of Eq. C.1)")]
    public ObjectiveOracle Oracle { get; init; } = ObjectiveOracle.Population;
}
