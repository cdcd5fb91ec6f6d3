using System.Globalization;

namespace SaddleEscape.Landscape;

/// <summary>
/// The second-order certificate of a point: gradient norm, extreme Hessian eigenvalues, classification and the tolerances
/// used; with a declared symmetry, how many orbit directions were projected out; with a known f*, global or spurious.
/// </summary>
/// <param name="GradientNorm">‖grad f(x)‖ (Riemannian).</param>
/// <param name="LambdaMin">
/// Smallest eigenvalue of the (Riemannian) Hessian, by Lanczos — with a declared symmetry, of its compression to the
/// orthogonal complement of the orbit's tangent space (<see cref="ProjectedSymmetryDirections"/> &gt; 0).
/// </param>
/// <param name="LambdaMax">Largest eigenvalue (of the same operator).</param>
/// <param name="LambdaMinResidual">Lanczos residual of λ_min: an eigenvalue lies within it.</param>
/// <param name="Classification">local-min / strict-saddle / degenerate / not-stationary.</param>
/// <param name="GradientTolerance">Absolute gradient tolerance used.</param>
/// <param name="EigenvalueTolerance">Absolute eigenvalue tolerance used (relative tolerance × max(1, |λ_max|)).</param>
/// <param name="LanczosSteps">Hessian-vector products the eigenvalue estimate used.</param>
/// <param name="ExhaustedKrylovSpace">True when Lanczos spanned the whole tangent space (eigenvalues exact up to rounding).</param>
/// <param name="ExactHessian">True when HVPs were analytic, false when finite differences of gradients.</param>
/// <param name="NegativeCurvatureDirection">Unit eigenvector of λ_min (tangent).</param>
public sealed record Certificate(
    double GradientNorm, double LambdaMin, double LambdaMax, double LambdaMinResidual, Classification Classification,
    double GradientTolerance, double EigenvalueTolerance, int LanczosSteps, bool ExhaustedKrylovSpace, bool ExactHessian,
    double[] NegativeCurvatureDirection)
{
    /// <summary>Fast or full.</summary>
    public CertificateMode Mode { get; init; } = CertificateMode.Full;

    /// <summary>The Lanczos step cap that applied (domain, mode or memory).</summary>
    public int StepLimit { get; init; }

    /// <summary>True when the memory budget lowered the step cap (λ_min may then be a loose upper bound: see the residual).</summary>
    public bool LimitedByMemory { get; init; }

    /// <summary>f(x), or NaN when the caller certified a Hessian operator without giving the value.</summary>
    public double Value { get; init; } = double.NaN;

    /// <summary>The declared symmetry's one-line description (<see cref="ContinuousSymmetry.Description"/>), or null when none was declared.</summary>
    public string? SymmetryDescription { get; init; }

    /// <summary>The declared symmetry's generic orbit dimension (0 when none was declared).</summary>
    public int SymmetryOrbitDimension { get; init; }

    /// <summary>Orbit directions projected out of the Hessian at this point (≤ <see cref="SymmetryOrbitDimension"/>; fewer where the orbit is smaller, 0 at U = 0).</summary>
    public int ProjectedSymmetryDirections { get; init; }

    /// <summary>
    /// ‖H Q‖_F for the orthonormal orbit basis Q: 0 at an exact critical point (<see cref="ContinuousSymmetry"/>'s remarks),
    /// O(‖grad f‖) near one. The spectrum of H lies within 2‖H Q‖ of the projected one together with
    /// <see cref="ProjectedSymmetryDirections"/> zeros (Weyl), so a local minimum up to symmetry needs <see cref="OrbitIsFlat"/>.
    /// </summary>
    public double SymmetryResidual { get; init; }

    /// <summary>2‖H Q‖_F ≤ the eigenvalue tolerance: projecting the orbit out hid no curvature beyond the tolerance (true when nothing was projected).</summary>
    public bool OrbitIsFlat => 2 * SymmetryResidual <= EigenvalueTolerance;

    /// <summary>Global or spurious for a local minimum when f* was given; not applicable for other points; unknown without f*.</summary>
    public Optimality Optimality { get; init; } = Optimality.Unknown;

    /// <summary>The f* the optimality was judged against, or null.</summary>
    public double? KnownMinimum { get; init; }

    /// <summary>f − f* (null without f*); recorded for every point, judged only at local minima.</summary>
    public double? OptimalityGap => KnownMinimum is { } fStar ? Value - fStar : null;

    /// <summary>The absolute tolerance of the global/spurious rule, τ·max(1, |f*|) (null without f*).</summary>
    public double? ValueTolerance { get; init; }

    /// <summary>Hessian-vector products the certificate used: Lanczos' steps and one per projected orbit direction (for ‖H Q‖).</summary>
    public int HessianVectorProducts => LanczosSteps + ProjectedSymmetryDirections;

    /// <summary>
    /// One line for people: the classification name, then what qualifies it, e.g.
    /// "local-min (up to O(3): U ↦ UQ, 3 of 3 directions projected; global: f − f* = 2.0e-13 ≤ 1.0e-08)".
    /// </summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (SymmetryDescription is { } symmetry)
        {
            string projected = $"{ProjectedSymmetryDirections} of {SymmetryOrbitDimension} directions projected";
            parts.Add(Classification == Classification.LocalMinimum ? $"up to {symmetry}, {projected}" : $"{symmetry} declared, {projected}");
            if (!OrbitIsFlat)
            {
                parts.Add(Invariant($"orbit not flat: 2‖HQ‖ = {2 * SymmetryResidual:0.0e+0} > {EigenvalueTolerance:0.0e+0}, no minimum claimed"));
            }
        }

        if (OptimalityGap is { } gap && ValueTolerance is { } tolerance)
        {
            parts.Add(Optimality switch
            {
                Optimality.Global => Invariant($"global: f − f* = {gap:0.0e+0} ≤ {tolerance:0.0e+0}"),
                Optimality.Spurious => Invariant($"spurious: f − f* = {gap:0.0e+0} > {tolerance:0.0e+0}"),
                _ => Invariant($"f − f* = {gap:0.0e+0}, global or spurious not applicable"),
            });
        }

        string name = Classification.Name();
        return parts.Count == 0 ? name : $"{name} ({string.Join("; ", parts)})";
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
