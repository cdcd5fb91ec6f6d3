namespace SaddleEscape.Experiments.SpinGlass;

/// <summary>A distinct critical point of the instance.</summary>
/// <param name="Energy">H/N.</param>
/// <param name="Index">Morse index.</param>
/// <param name="Nullity">Near-zero eigenvalues.</param>
/// <param name="Hits">Starts that ended here.</param>
public sealed record SpinGlassPoint(double Energy, int Index, int Nullity, int Hits);
