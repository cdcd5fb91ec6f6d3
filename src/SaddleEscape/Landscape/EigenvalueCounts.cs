namespace SaddleEscape.Landscape;

/// <summary>How many eigenvalues are negative, near zero and positive, with the tolerance that decides "near zero".</summary>
/// <param name="Negative">Eigenvalues below −<paramref name="Tolerance"/>: the index of a critical point.</param>
/// <param name="NearZero">Eigenvalues in [−tol, tol]: the nullity.</param>
/// <param name="Positive">Eigenvalues above tol.</param>
/// <param name="Tolerance">The absolute tolerance.</param>
/// <param name="Exact">True when counted from the whole spectrum (exhausted Lanczos); false when estimated by SLQ (counts are then rounded n·mass).</param>
public sealed record EigenvalueCounts(int Negative, int NearZero, int Positive, double Tolerance, bool Exact);
