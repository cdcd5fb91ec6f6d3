using SaddleEscape.Settings;

namespace SaddleEscape.Problems;

/// <summary>The parameters of <see cref="MatrixFactorizationFamily"/>.</summary>
public sealed record MatrixFactorizationParameters
{
    /// <summary>r ≥ 1: rank of the target and width of the factors.</summary>
    [Setting("rank", "r ≥ 1: rank of the target and width of the factors")]
    public int Rank { get; init; } = 2;

    /// <summary>Symmetric or asymmetric.</summary>
    [Setting("form", "symmetric (M = U*U*ᵀ) or asymmetric (M = U*V*ᵀ, n×columns)")]
    public MatrixFactorizationForm Form { get; init; } = MatrixFactorizationForm.Symmetric;

    /// <summary>Asymmetric: columns of M; null = n.</summary>
    [Setting("columns", "asymmetric: columns of M (auto = n)")]
    public int? Columns { get; init; }

    /// <summary>Asymmetric: λ ≥ 0 of the balancing term.</summary>
    [Setting("balance", "asymmetric: λ ≥ 0 of the balancing term")]
    public double Balance { get; init; } = 1;

    /// <summary>Symmetric: 0 observes M fully; m &gt; 0 uses m Gaussian symmetric sensing matrices.</summary>
    [Setting("measurements", "symmetric: 0 observes M fully; m > 0 uses m Gaussian symmetric sensing matrices")]
    public int Measurements { get; init; }

    /// <summary>Where runs start.</summary>
    [Setting("start", "random (entries N(0, scale²)) or zero (U = 0, a strict saddle)")]
    public ZeroOrRandomStart Start { get; init; } = ZeroOrRandomStart.Random;

    /// <summary>Scale &gt; 0 of the random start.</summary>
    [Setting("init_scale", "scale > 0 of the random start")]
    public double InitScale { get; init; } = 0.1;
}
