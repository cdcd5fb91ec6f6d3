namespace SaddleEscape.Landscape;

/// <summary>A critical point: where, its energy, its Morse index and nullity, and how often the search found it.</summary>
/// <param name="X">The point (on the manifold).</param>
/// <param name="Value">f(x), the energy.</param>
/// <param name="GradientNorm">‖grad f(x)‖ after polishing.</param>
/// <param name="Index">Negative eigenvalues of the (Riemannian) Hessian: 0 at a local minimum, k at an index-k saddle.</param>
/// <param name="Nullity">Eigenvalues within the zero tolerance: &gt; 0 at a degenerate point.</param>
/// <param name="Eigenvalues">The whole (tangent) spectrum, ascending.</param>
/// <param name="Hits">How many starts ended here (up to symmetry).</param>
public sealed record CriticalPoint(double[] X, double Value, double GradientNorm, int Index, int Nullity, double[] Eigenvalues, int Hits);
