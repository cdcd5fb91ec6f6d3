using System.Runtime.CompilerServices;

namespace SaddleEscape.Manifolds;

/// <summary>R^n itself: the projection is the identity and the retraction is x + step.</summary>
public sealed class Euclidean : IManifold
{
    /// <summary>R^<paramref name="dimension"/>.</summary>
    public Euclidean(int dimension)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        AmbientDimension = dimension;
    }

    /// <inheritdoc />
    public string Name => "euclidean";

    /// <inheritdoc />
    public int AmbientDimension { get; }

    /// <inheritdoc />
    public int TangentDimension => AmbientDimension;

    /// <inheritdoc />
    public void ProjectToManifold(Span<double> x)
    {
    }

    /// <inheritdoc />
    public double ConstraintViolation(ReadOnlySpan<double> x) => 0;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void ProjectToTangent(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result)
    {
        // In place (v and result the same buffer, as in the minimiser's loop) there is nothing to do.
        if (!System.Runtime.CompilerServices.Unsafe.AreSame(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(v), ref System.Runtime.InteropServices.MemoryMarshal.GetReference(result)) || v.Length != result.Length)
        {
            v.CopyTo(result);
        }
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Retract(ReadOnlySpan<double> x, ReadOnlySpan<double> step, Span<double> result) =>
        Numerics.LoopKernels.Add(x, step, result);

    /// <inheritdoc />
    public void RiemannianHessianVector(
        ReadOnlySpan<double> x, ReadOnlySpan<double> euclideanGradient,
        ReadOnlySpan<double> euclideanHessianVector, ReadOnlySpan<double> v, Span<double> result) =>
        euclideanHessianVector.CopyTo(result);
}
