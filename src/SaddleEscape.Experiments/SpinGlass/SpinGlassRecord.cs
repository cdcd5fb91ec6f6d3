namespace SaddleEscape.Experiments.SpinGlass;

/// <summary>Where one start ended.</summary>
/// <param name="Start">Index of the start.</param>
/// <param name="DescentSteps">GD steps before polishing.</param>
/// <param name="EnergyAfterDescent">H/N after the descent.</param>
/// <param name="Converged">True when polished to ‖grad‖ ≤ 1e-10.</param>
/// <param name="Energy">H/N at the critical point (NaN when not converged).</param>
/// <param name="Index">Negative Hessian eigenvalues (−1 when not converged).</param>
/// <param name="Nullity">Near-zero eigenvalues.</param>
/// <param name="Point">The critical point (unit sphere; empty when not converged), for de-duplication.</param>
public sealed record SpinGlassRecord(int Start, int DescentSteps, double EnergyAfterDescent, bool Converged, double Energy, int Index, int Nullity, double[] Point);
