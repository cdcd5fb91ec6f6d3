namespace SaddleEscape.Problems;

/// <summary>What is known about a problem's answer.</summary>
/// <param name="GlobalMinimum">f* (the global minimum value), or null when it is not known in closed form (e.g. noisy tensors).</param>
/// <param name="RecoveryErrorDescription">What <see cref="RecoveryError"/> measures, in one line.</param>
/// <param name="RecoveryError">Distance of a point from the set of global minimisers (or the problem's own recovery metric).</param>
public sealed record GroundTruth(double? GlobalMinimum, string RecoveryErrorDescription, Func<double[], double> RecoveryError)
{
    /// <summary>A known global minimiser (on the manifold), where the family can write one down; f there is <see cref="GlobalMinimum"/>.</summary>
    public double[]? Minimizer { get; init; }
}
