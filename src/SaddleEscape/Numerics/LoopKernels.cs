using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SaddleEscape.Numerics;

/// <summary>
/// The span operations that <see cref="Minimization.Minimizer"/>'s loop performs every iteration (finiteness check, ‖∇f‖,
/// the step x + s·d), that PAGD's step and the Euclidean retraction perform, and that the library's loop benchmarks'
/// objectives use for f and ∇f, compiled fully optimised on their first call. <c>TensorPrimitives</c> computes the same, but its generic code ships as IL only: in every fresh process it starts
/// at tier 0 and is promoted only after the runtime's call-counting delay, so the first few hundred thousand iterations of
/// a short run (every <c>saddle run</c>) ran several times slower than the warm loop. These kernels carry
/// <see cref="MethodImplOptions.AggressiveOptimization"/> instead, and <see cref="Vector{T}"/> adapts them to the hardware
/// (256-bit on AVX2 and AVX-512 machines, 128-bit on Arm64).
/// <para>
/// Element-wise kernels round exactly as <c>TensorPrimitives</c> does (one product, one sum, no fused multiply-add);
/// reductions sum in <see cref="Vector{T}"/> lanes with four accumulators, so <see cref="Dot"/>, <see cref="Norm"/> and
/// <see cref="Sum"/> may differ from <c>TensorPrimitives</c> in the last bits, as <c>TensorPrimitives</c> itself differs
/// between AVX2 and AVX-512 machines. NaN and ±∞ propagate as in IEEE 754 arithmetic; no kernel throws on them. An output
/// may be one of the inputs itself, not a shifted overlap of one.
/// </para>
/// </summary>
internal static class LoopKernels
{
    private interface IElementWise
    {
        static abstract Vector<double> Invoke(Vector<double> x, Vector<double> y, Vector<double> scale);

        static abstract double Invoke(double x, double y, double scale);
    }

    /// <summary>Σ xᵢyᵢ.</summary>
    /// <exception cref="ArgumentException"><paramref name="x"/> and <paramref name="y"/> differ in length.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y) => Reduce<MultiplyOperator>(x, y);

    /// <summary>‖x‖₂ = √(Σ xᵢ²), without rescaling (as <c>TensorPrimitives.Norm</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Norm(ReadOnlySpan<double> x) => Math.Sqrt(Reduce<MultiplyOperator>(x, x));

    /// <summary>Σ xᵢ.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Sum(ReadOnlySpan<double> x) => Reduce<FirstOperator>(x, x);

    /// <summary>destination = x·scale + addend, element-wise (not fused).</summary>
    /// <exception cref="ArgumentException">The lengths differ, or <paramref name="destination"/> is shorter than <paramref name="x"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void MultiplyAdd(ReadOnlySpan<double> x, double scale, ReadOnlySpan<double> addend, Span<double> destination) =>
        Map<MultiplyAddOperator>(x, addend, scale, destination);

    /// <summary>destination = x∘y, element-wise.</summary>
    /// <exception cref="ArgumentException">The lengths differ, or <paramref name="destination"/> is shorter than <paramref name="x"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Multiply(ReadOnlySpan<double> x, ReadOnlySpan<double> y, Span<double> destination) =>
        Map<MultiplyOperator>(x, y, 0, destination);

    /// <summary>destination = x·scale, element-wise.</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="x"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Multiply(ReadOnlySpan<double> x, double scale, Span<double> destination) =>
        Map<ScaleOperator>(x, x, scale, destination);

    /// <summary>destination = x + y, element-wise.</summary>
    /// <exception cref="ArgumentException">The lengths differ, or <paramref name="destination"/> is shorter than <paramref name="x"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Add(ReadOnlySpan<double> x, ReadOnlySpan<double> y, Span<double> destination) =>
        Map<AddOperator>(x, y, 0, destination);

    /// <summary>destination = x − y, element-wise.</summary>
    /// <exception cref="ArgumentException">The lengths differ, or <paramref name="destination"/> is shorter than <paramref name="x"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Subtract(ReadOnlySpan<double> x, ReadOnlySpan<double> y, Span<double> destination) =>
        Map<SubtractOperator>(x, y, 0, destination);

    /// <summary>Σ op(xᵢ, yᵢ) in four lane accumulators (the additions of one step do not wait on each other), then the tail.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double Reduce<TOperator>(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
        where TOperator : struct, IElementWise
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException($"the spans differ in length ({x.Length} and {y.Length})", nameof(y));
        }

        ref double xs = ref MemoryMarshal.GetReference(x);
        ref double ys = ref MemoryMarshal.GetReference(y);
        int n = x.Length, width = Vector<double>.Count, i = 0;
        var none = Vector<double>.Zero;
        double sum = 0;
        if (Vector.IsHardwareAccelerated && n >= width)
        {
            Vector<double> a0 = none, a1 = none, a2 = none, a3 = none;
            for (; i <= n - (4 * width); i += 4 * width)
            {
                a0 += TOperator.Invoke(Vector.LoadUnsafe(ref xs, (nuint)i), Vector.LoadUnsafe(ref ys, (nuint)i), none);
                a1 += TOperator.Invoke(Vector.LoadUnsafe(ref xs, (nuint)(i + width)), Vector.LoadUnsafe(ref ys, (nuint)(i + width)), none);
                a2 += TOperator.Invoke(Vector.LoadUnsafe(ref xs, (nuint)(i + (2 * width))), Vector.LoadUnsafe(ref ys, (nuint)(i + (2 * width))), none);
                a3 += TOperator.Invoke(Vector.LoadUnsafe(ref xs, (nuint)(i + (3 * width))), Vector.LoadUnsafe(ref ys, (nuint)(i + (3 * width))), none);
            }

            for (; i <= n - width; i += width)
            {
                a0 += TOperator.Invoke(Vector.LoadUnsafe(ref xs, (nuint)i), Vector.LoadUnsafe(ref ys, (nuint)i), none);
            }

            sum = Vector.Sum((a0 + a1) + (a2 + a3));
        }

        for (; i < n; i++)
        {
            sum += TOperator.Invoke(Unsafe.Add(ref xs, i), Unsafe.Add(ref ys, i), 0);
        }

        return sum;
    }

    /// <summary>destinationᵢ = op(xᵢ, yᵢ, scale).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Map<TOperator>(ReadOnlySpan<double> x, ReadOnlySpan<double> y, double scale, Span<double> destination)
        where TOperator : struct, IElementWise
    {
        int n = x.Length;
        if (y.Length != n || destination.Length < n)
        {
            throw new ArgumentException($"span lengths {n} and {y.Length} must agree and the destination ({destination.Length}) must hold them");
        }

        ref double xs = ref MemoryMarshal.GetReference(x);
        ref double ys = ref MemoryMarshal.GetReference(y);
        ref double ds = ref MemoryMarshal.GetReference(destination);
        int width = Vector<double>.Count, i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var s = new Vector<double>(scale);
            for (; i <= n - width; i += width)
            {
                TOperator.Invoke(Vector.LoadUnsafe(ref xs, (nuint)i), Vector.LoadUnsafe(ref ys, (nuint)i), s).StoreUnsafe(ref ds, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref ds, i) = TOperator.Invoke(Unsafe.Add(ref xs, i), Unsafe.Add(ref ys, i), scale);
        }
    }

    private readonly struct MultiplyOperator : IElementWise
    {
        public static Vector<double> Invoke(Vector<double> x, Vector<double> y, Vector<double> scale) => x * y;

        public static double Invoke(double x, double y, double scale) => x * y;
    }

    private readonly struct FirstOperator : IElementWise
    {
        public static Vector<double> Invoke(Vector<double> x, Vector<double> y, Vector<double> scale) => x;

        public static double Invoke(double x, double y, double scale) => x;
    }

    private readonly struct MultiplyAddOperator : IElementWise
    {
        public static Vector<double> Invoke(Vector<double> x, Vector<double> y, Vector<double> scale) => (x * scale) + y;

        public static double Invoke(double x, double y, double scale) => (x * scale) + y;
    }

    private readonly struct ScaleOperator : IElementWise
    {
        public static Vector<double> Invoke(Vector<double> x, Vector<double> y, Vector<double> scale) => x * scale;

        public static double Invoke(double x, double y, double scale) => x * scale;
    }

    private readonly struct AddOperator : IElementWise
    {
        public static Vector<double> Invoke(Vector<double> x, Vector<double> y, Vector<double> scale) => x + y;

        public static double Invoke(double x, double y, double scale) => x + y;
    }

    private readonly struct SubtractOperator : IElementWise
    {
        public static Vector<double> Invoke(Vector<double> x, Vector<double> y, Vector<double> scale) => x - y;

        public static double Invoke(double x, double y, double scale) => x - y;
    }
}
