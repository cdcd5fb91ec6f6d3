namespace SaddleEscape.Landscape;

/// <summary>Tolerances of the second-order certificate.</summary>
/// <param name="GradientTolerance">Absolute: stationary when ‖grad f‖ ≤ this.</param>
/// <param name="EigenvalueTolerance">Relative: eigenvalues within ±this·max(1, |λ_max|) of 0 count as zero.</param>
/// <param name="Lanczos">Settings of the eigenvalue solver.</param>
public sealed record CertificateOptions(double GradientTolerance = 1e-6, double EigenvalueTolerance = 1e-6, LanczosOptions? Lanczos = null)
{
    /// <summary>Throws a clear <see cref="ArgumentException"/> when a tolerance is not a positive finite number.</summary>
    public CertificateOptions Validate()
    {
        if (!(GradientTolerance > 0) || !double.IsFinite(GradientTolerance))
        {
            throw new ArgumentException($"certificate gradient tolerance must be a finite number > 0 (got {GradientTolerance})", nameof(GradientTolerance));
        }

        if (!(EigenvalueTolerance > 0) || !double.IsFinite(EigenvalueTolerance))
        {
            throw new ArgumentException($"certificate eigenvalue tolerance must be a finite number > 0 (got {EigenvalueTolerance})", nameof(EigenvalueTolerance));
        }

        return this;
    }
}
