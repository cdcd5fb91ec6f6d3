using SaddleEscape.Settings;

namespace SaddleEscape.Problems;

/// <summary>Which objective <c>tensor-orthogonal-4</c> minimises (Goyal &amp; Ullah Eq. 5–6).</summary>
public enum OrthogonalTensorObjectiveForm
{
    /// <summary>Eq. 6 (Ge et al. 2015): Σ_{i≠j} T(u_i, u_i, u_j, u_j).</summary>
    [Setting("ge")]
    Ge,

    /// <summary>Eq. 5: ‖T − Σ u_i^⊗4‖²_F.</summary>
    [Setting("frobenius")]
    Frobenius,
}
