namespace SaddleEscape.Landscape;

/// <summary>Settings of <see cref="Lanczos"/>.</summary>
/// <param name="MaxSteps">Largest Krylov dimension (capped by the operator's domain dimension and by <see cref="MaxBasisBytes"/>).</param>
/// <param name="FullSpaceLimit">Domains of at most this dimension are always exhausted (exact extreme eigenvalues, up to rounding), memory permitting.</param>
/// <param name="Tolerance">Above that limit, stop when both extreme Ritz pairs have residual ≤ Tolerance·max(1, |θ|).</param>
/// <param name="Seed">Seed of the random start vector.</param>
public sealed record LanczosOptions(int MaxSteps = 300, int FullSpaceLimit = 400, double Tolerance = 1e-10, int Seed = 12345)
{
    /// <summary>
    /// Memory the iteration may hold, in bytes (null: unbounded). Full reorthogonalisation keeps every basis vector, so
    /// the Krylov dimension is capped at ⌊bytes / (8n)⌋ − 2 (the two being the work vector and the Ritz vector), never below 2.
    /// </summary>
    public long? MaxBasisBytes { get; init; }

    /// <summary>Called after each step with (steps done, step cap): progress for long certificates.</summary>
    public Action<int, int>? Progress { get; init; }

    /// <summary>The Krylov dimension <see cref="MaxBasisBytes"/> allows for vectors of length <paramref name="n"/> (int.MaxValue when unbounded).</summary>
    public int MemoryStepLimit(int n)
    {
        if (MaxBasisBytes is not { } bytes)
        {
            return int.MaxValue;
        }

        long vectors = bytes / (8L * Math.Max(n, 1)) - 2;
        return (int)Math.Clamp(vectors, 2, int.MaxValue);
    }
}
