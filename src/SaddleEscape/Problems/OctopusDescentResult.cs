namespace SaddleEscape.Problems;

/// <summary>What <see cref="OctopusExtendedRangeDescent.Run"/> found.</summary>
/// <param name="Iterations">The first iteration t with f(x_t) ≤ target; null when the cap came first (censored).</param>
/// <param name="IterationsRun">Iterations run.</param>
/// <param name="FinalValue">f at the last iterate (+∞ if it left the octopus's tube).</param>
/// <param name="FinalRegion">The region index (0-based; d when past every saddle) of the last iterate.</param>
/// <param name="LeftDomain">True when an iterate left the tube on which f is defined.</param>
/// <param name="SmallestLog2Magnitude">log₂ of the smallest nonzero |coordinate| seen (sampled every 4 096 steps and at the end): below −1074 is what double cannot hold.</param>
/// <param name="FinalPoint">The last iterate rounded to doubles.</param>
public sealed record OctopusDescentResult(long? Iterations, long IterationsRun, double FinalValue, int FinalRegion, bool LeftDomain, double SmallestLog2Magnitude, double[] FinalPoint);
