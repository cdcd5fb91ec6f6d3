using SaddleEscape.Numerics;
using System.Numerics.Tensors;

namespace SaddleEscape.Tests.Numerics;

/// <summary><see cref="LoopKernels"/> against <c>TensorPrimitives</c>: element-wise bit for bit, reductions to rounding.</summary>
public sealed class LoopKernelsTests
{
    public static TheoryData<int> Lengths => new() { 0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 15, 16, 17, 31, 33, 64, 99, 100, 257 };

    private static double[] Random(int n, int seed)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, n).Select(_ => (rng.NextDouble() - 0.5) * Math.Pow(10, rng.Next(-3, 4))).ToArray();
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void ElementWiseKernelsRoundAsTensorPrimitives(int n)
    {
        double[] x = Random(n, 1), y = Random(n, 2), expected = new double[n], actual = new double[n];
        TensorPrimitives.MultiplyAdd(x, 0.37, y, expected);
        LoopKernels.MultiplyAdd(x, 0.37, y, actual);
        Assert.Equal(expected, actual);
        TensorPrimitives.Multiply(x, y, expected);
        LoopKernels.Multiply(x, y, actual);
        Assert.Equal(expected, actual);
        TensorPrimitives.Multiply(x, -2.5, expected);
        LoopKernels.Multiply(x, -2.5, actual);
        Assert.Equal(expected, actual);
        TensorPrimitives.Add(x, y, expected);
        LoopKernels.Add(x, y, actual);
        Assert.Equal(expected, actual);
        TensorPrimitives.Subtract(x, y, expected);
        LoopKernels.Subtract(x, y, actual);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void ReductionsAgreeWithTensorPrimitivesToRounding(int n)
    {
        double[] x = Random(n, 3), y = Random(n, 4);
        double scale = x.Sum(Math.Abs) + 1e-300;
        Assert.Equal(TensorPrimitives.Dot(x, y), LoopKernels.Dot(x, y), 1e-14 * (x.Zip(y, (a, b) => Math.Abs(a * b)).Sum() + 1e-300));
        Assert.Equal(TensorPrimitives.Norm(x), LoopKernels.Norm(x), 1e-14 * (TensorPrimitives.Norm(x) + 1e-300));
        Assert.Equal(TensorPrimitives.Sum(x), LoopKernels.Sum(x), 1e-14 * scale);
    }

    [Fact]
    public void InPlaceOperandsAndNonFiniteValuesBehaveAsTensorPrimitives()
    {
        double[] x = [1, double.NaN, 3, double.PositiveInfinity, 5, -6, 7, 8, 9], y = Random(9, 5);
        double[] expected = (double[])y.Clone(), actual = (double[])y.Clone();
        TensorPrimitives.MultiplyAdd(x, 2.0, expected, expected);
        LoopKernels.MultiplyAdd(x, 2.0, actual, actual);
        Assert.Equal(expected, actual);
        Assert.True(double.IsNaN(LoopKernels.Dot(x, y)));
        Assert.True(double.IsNaN(LoopKernels.Sum(x)));
        Assert.Throws<ArgumentException>(() => LoopKernels.Dot(x, y.AsSpan(1)));
        Assert.Throws<ArgumentException>(() => LoopKernels.Multiply(x, 2.0, new double[8]));
    }
}
