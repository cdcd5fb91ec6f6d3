namespace SaddleEscape.Experiments.Torch.Spectra;

/// <summary>One spectrum: a deep-linear critical point from start <see cref="Index"/>, or an MLP trained with SGD (r = 0) or PSGD.</summary>
/// <param name="Part">deep-linear or mlp.</param>
/// <param name="Index">Start (deep-linear) or trial (mlp).</param>
/// <param name="Radius">MLP: PSGD's r (0: SGD).</param>
/// <param name="Settings">The experiment's settings.</param>
public sealed record SpectraJob(string Part, int Index, double Radius, SpectraSettings Settings);
