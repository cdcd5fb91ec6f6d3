namespace SaddleEscape.Landscape;

/// <summary>
/// Whether a certified local minimum is a global one, judged against a known global minimum value f*
/// (<see cref="CertificateOptions.KnownMinimum"/>): global when f − f* ≤ τ·max(1, |f*|), τ = <see cref="CertificateOptions.ValueTolerance"/>.
/// </summary>
public enum Optimality
{
    /// <summary>No f* was given.</summary>
    Unknown,

    /// <summary>f* was given but the point is not classified a local minimum (a saddle, degenerate or not stationary): the question does not arise.</summary>
    NotApplicable,

    /// <summary>A local minimum with f − f* within the tolerance.</summary>
    Global,

    /// <summary>A local minimum with f − f* above the tolerance: a spurious local minimum.</summary>
    Spurious,
}
