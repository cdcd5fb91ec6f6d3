namespace SaddleEscape.Experiments.Torch.Spectra;

/// <summary>One spectrum.</summary>
/// <param name="Part">deep-linear or mlp.</param>
/// <param name="Label">sgd / psgd, or the start.</param>
/// <param name="Index">Start or trial.</param>
/// <param name="Converged">Deep-linear: polished to a critical point; mlp: always true.</param>
/// <param name="Energy">The loss at the point.</param>
/// <param name="MorseIndex">Deep-linear: negative eigenvalues (−1 for the MLP or unconverged).</param>
/// <param name="Nullity">Deep-linear: zero eigenvalues.</param>
/// <param name="Nodes">The spectrum: exact eigenvalues (deep-linear) or SLQ nodes (mlp).</param>
/// <param name="Weights">Their weights (1/n each when exact).</param>
/// <param name="NegativeFraction">Share of eigenvalues below −tolerance.</param>
/// <param name="NearZeroFraction">Share within ±tolerance.</param>
/// <param name="TestAccuracy">MLP: test accuracy at the end (NaN for deep-linear).</param>
public sealed record SpectraRecord(
    string Part, string Label, int Index, bool Converged, double Energy, int MorseIndex, int Nullity, double[] Nodes, double[] Weights,
    double NegativeFraction, double NearZeroFraction, double TestAccuracy);
