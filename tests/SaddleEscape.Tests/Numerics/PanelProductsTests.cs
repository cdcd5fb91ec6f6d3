using SaddleEscape.Numerics;

namespace SaddleEscape.Tests.Numerics;

public sealed class PanelProductsTests
{
    private static double[] Draw(Random random, int n) => Enumerable.Range(0, n).Select(_ => random.NextDouble() - 0.5).ToArray();

    [Theory]
    [InlineData(1, 1, 4)]
    [InlineData(3, 5, 8)]
    [InlineData(4, 50, 52)]
    [InlineData(7, 13, 16)]
    [InlineData(64, 50, 52)]
    [InlineData(9, 2, 28)]
    public void MultiplyAgreesWithTheTripleLoop(int rows, int inner, int cols)
    {
        var random = new Random((rows * 1000) + (inner * 10) + cols);
        int lda = inner + 3;
        var a = Draw(random, rows * lda);
        var m = Draw(random, inner * cols);
        var output = Draw(random, rows * cols);
        PanelProducts.Multiply(a, rows, inner, lda, m, cols, output);
        for (int i = 0; i < rows; i++)
        {
            for (int c = 0; c < cols; c++)
            {
                double expected = 0;
                for (int l = 0; l < inner; l++)
                {
                    expected += a[(i * lda) + l] * m[(l * cols) + c];
                }

                Assert.Equal(expected, output[(i * cols) + c], 1e-13);
            }
        }
    }

    [Theory]
    [InlineData(1, 4, 1)]
    [InlineData(5, 8, 3)]
    [InlineData(64, 52, 50)]
    [InlineData(13, 4, 12)]
    [InlineData(6, 16, 17)]
    [InlineData(0, 4, 5)]
    public void AccumulateTransposedAddsAᵀXToTheOutput(int rows, int aCols, int xCols)
    {
        var random = new Random((rows * 1000) + (aCols * 10) + xCols);
        int lda = aCols + 4, ldx = xCols + 2;
        var a = Draw(random, Math.Max(1, rows) * lda);
        var x = Draw(random, Math.Max(1, rows) * ldx);
        var output = Draw(random, aCols * xCols);
        var before = (double[])output.Clone();
        PanelProducts.AccumulateTransposed(a, rows, aCols, lda, x, xCols, ldx, output);
        for (int j = 0; j < aCols; j++)
        {
            for (int l = 0; l < xCols; l++)
            {
                double expected = before[(j * xCols) + l];
                for (int t = 0; t < rows; t++)
                {
                    expected += a[(t * lda) + j] * x[(t * ldx) + l];
                }

                Assert.Equal(expected, output[(j * xCols) + l], 1e-13);
            }
        }
    }

    [Fact]
    public void TransposePaddedWritesBᵀWithZeroColumnsUpToAMultipleOfFour()
    {
        var b = Draw(new Random(2), 5 * 3);
        Assert.Equal(8, PanelProducts.PaddedWidth(5));
        Assert.Equal(4, PanelProducts.PaddedWidth(4));
        var transposed = new double[3 * 8];
        PanelProducts.TransposePadded(b, 5, 3, transposed);
        for (int l = 0; l < 3; l++)
        {
            for (int j = 0; j < 8; j++)
            {
                Assert.Equal(j < 5 ? b[(j * 3) + l] : 0.0, transposed[(l * 8) + j]);
            }
        }

        Assert.Throws<ArgumentException>(() => PanelProducts.TransposePadded(b, 5, 3, new double[20]));
    }

    [Fact]
    public void ShapesThatDoNotFitAreRejected()
    {
        var a = new double[16];
        Assert.Throws<ArgumentException>(() => PanelProducts.Multiply(a, 2, 2, 2, a, 6, a));
        Assert.Throws<ArgumentException>(() => PanelProducts.Multiply(a, 4, 4, 4, a, 4, new double[15]));
        Assert.Throws<ArgumentException>(() => PanelProducts.AccumulateTransposed(a, 2, 3, 4, a, 2, 2, a));
        Assert.Throws<ArgumentException>(() => PanelProducts.AccumulateTransposed(a, 5, 4, 4, a, 2, 2, a));
    }
}
