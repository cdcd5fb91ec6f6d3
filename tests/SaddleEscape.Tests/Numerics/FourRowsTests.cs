using SaddleEscape.Networks;
using SaddleEscape.Numerics;
using System.Numerics.Tensors;

namespace SaddleEscape.Tests.Numerics;

public sealed class FourRowsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(50)]
    public void DotAndMultiplyAddAgreeWithOneRowAtATime(int n)
    {
        var random = new Random(n);
        double[] Draw() => Enumerable.Range(0, n).Select(_ => random.NextDouble() - 0.5).ToArray();
        double[][] x = [Draw(), Draw(), Draw(), Draw()];
        var v = Draw();
        var (s0, s1, s2, s3) = FourRows.Dot(x[0], x[1], x[2], x[3], v);
        double[] dots = [s0, s1, s2, s3];
        for (int k = 0; k < 4; k++)
        {
            Assert.Equal(TensorPrimitives.Dot(x[k], v), dots[k], 12);
        }

        double[] c = [0.3, -1.2, 2.5, 0.7];
        var target = Draw();
        var expected = (double[])target.Clone();
        for (int k = 0; k < 4; k++)
        {
            TensorPrimitives.MultiplyAdd(x[k], c[k], expected, expected);
        }

        FourRows.MultiplyAdd(target, c[0], x[0], c[1], x[1], c[2], x[2], c[3], x[3]);
        for (int l = 0; l < n; l++)
        {
            Assert.Equal(expected[l], target[l], 12);
        }

        Assert.Throws<ArgumentException>(() => FourRows.Dot(x[0], x[1], x[2], x[3].AsSpan(0, n - 1), v));
    }

    [Fact]
    public void TeacherLabelsFromFourRowTilesEqualTheOneRowOutput()
    {
        const int d = 6, n = 7; // a tile of four rows and three single rows
        var teacher = new TeacherNetwork([1.0, 0.5, 2.0], TeacherNetwork.OrthogonalFirstLayer("random", d, new Random(2)).AsSpan(0, 3 * d).ToArray(), d, Activation.Sigmoid);
        var xs = new double[n * d];
        var ys = new double[n];
        teacher.SampleBlock(xs, ys, 42);
        for (int t = 0; t < n; t++)
        {
            Assert.Equal(teacher.Output(xs.AsSpan(t * d, d)), ys[t], 12);
        }
    }
}
