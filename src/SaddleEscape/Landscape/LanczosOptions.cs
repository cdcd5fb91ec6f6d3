namespace SaddleEscape.Landscape;

/// <summary>Settings of <see cref="Lanczos"/>.</summary>
/// <param name="MaxSteps">Largest Krylov dimension (capped by the operator's domain dimension).</param>
/// <param name="FullSpaceLimit">Domains of at most this dimension are always exhausted (exact extreme eigenvalues, up to rounding).</param>
/// <param name="Tolerance">Above that limit, stop when both extreme Ritz pairs have residual ≤ Tolerance·max(1, |θ|).</param>
/// <param name="Seed">Seed of the random start vector.</param>
public sealed record LanczosOptions(int MaxSteps = 300, int FullSpaceLimit = 400, double Tolerance = 1e-10, int Seed = 12345);
