namespace SaddleEscape.Objectives;

/// <summary>
/// A smooth function f: R^n → R that can be minimised. A point is a flat vector of length
/// <see cref="Dimension"/>; problems map it to their own shapes.
/// </summary>
/// <remarks>
/// Implementations must not allocate in <see cref="Value"/> or <see cref="ValueAndGradient"/>
/// (they sit in the optimisers' hot loops) and must be safe to call repeatedly with the same
/// buffers. Outside the objective's domain they return <see cref="double.PositiveInfinity"/>.
/// </remarks>
public interface IObjective
{
    /// <summary>Length of the flat parameter vector.</summary>
    int Dimension { get; }

    /// <summary>Returns f(x).</summary>
    double Value(ReadOnlySpan<double> x);

    /// <summary>Writes ∇f(x) into <paramref name="gradient"/> and returns f(x).</summary>
    double ValueAndGradient(ReadOnlySpan<double> x, Span<double> gradient);
}
