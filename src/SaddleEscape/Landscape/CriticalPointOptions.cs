namespace SaddleEscape.Landscape;

/// <summary>Settings of <see cref="CriticalPointFinder"/>.</summary>
/// <param name="GradientTolerance">A point is critical when ‖grad f‖ ≤ this (the polish target).</param>
/// <param name="MaxIterations">Levenberg–Marquardt steps per start.</param>
/// <param name="EigenvalueTolerance">Relative: |λ| ≤ this·max(1, |λ_max|) counts as zero (nullity).</param>
/// <param name="DuplicateTolerance">Two critical points closer than this (modulo the problem's symmetry) are one.</param>
/// <param name="DenseLimit">Largest tangent dimension: each step forms the Hessian from that many HVPs and diagonalises it.</param>
public sealed record CriticalPointOptions(
    double GradientTolerance = 1e-10, int MaxIterations = 200, double EigenvalueTolerance = 1e-6, double DuplicateTolerance = 1e-6, int DenseLimit = 500)
{
    /// <summary>Throws one clear <see cref="ArgumentException"/> on a bad setting.</summary>
    public CriticalPointOptions Validate()
    {
        if (!(GradientTolerance > 0) || !(EigenvalueTolerance > 0) || !(DuplicateTolerance > 0) || MaxIterations < 1 || DenseLimit < 1)
        {
            throw new ArgumentException($"critical points: tolerances must be > 0 and the iteration and dense limits ≥ 1 (got {this})");
        }

        return this;
    }
}
