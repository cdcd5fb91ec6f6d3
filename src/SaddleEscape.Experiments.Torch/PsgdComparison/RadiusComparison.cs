using SaddleEscape.Experiments.Reporting;

namespace SaddleEscape.Experiments.Torch.PsgdComparison;

/// <summary>PSGD with one radius against SGD, on final test accuracy.</summary>
/// <param name="Radius">PSGD's r.</param>
/// <param name="Pairs">Trials run by both (the paired test's sample size).</param>
/// <param name="Paired">Paired t-test by trial, PSGD − SGD (null with fewer than 2 pairs).</param>
/// <param name="Welch">Welch's unpaired t-test, PSGD − SGD (null with fewer than 2 runs of either).</param>
/// <param name="PsgdWins">Trials in which PSGD's final test accuracy exceeds SGD's.</param>
public sealed record RadiusComparison(double Radius, int Pairs, PairedTTest? Paired, WelchTTest? Welch, int PsgdWins);
