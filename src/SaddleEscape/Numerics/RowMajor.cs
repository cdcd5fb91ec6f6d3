using MathNet.Numerics.LinearAlgebra;

namespace SaddleEscape.Numerics;

/// <summary>Copies between MathNet's column-major matrices and row-major spans (the layout of the row-block kernels).</summary>
internal static class RowMajor
{
    /// <summary>Writes <paramref name="matrix"/> row by row into <paramref name="destination"/> (length ≥ rows·columns).</summary>
    public static void Copy(Matrix<double> matrix, Span<double> destination)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        int rows = matrix.RowCount, columns = matrix.ColumnCount;
        for (int t = 0; t < rows; t++)
        {
            for (int l = 0; l < columns; l++)
            {
                destination[(t * columns) + l] = matrix.At(t, l);
            }
        }
    }

    /// <summary>The <paramref name="rows"/>×<paramref name="columns"/> matrix stored row by row in <paramref name="source"/>.</summary>
    public static Matrix<double> ToMatrix(ReadOnlySpan<double> source, int rows, int columns)
    {
        var matrix = Matrix<double>.Build.Dense(rows, columns);
        for (int t = 0; t < rows; t++)
        {
            for (int l = 0; l < columns; l++)
            {
                matrix.At(t, l, source[(t * columns) + l]);
            }
        }

        return matrix;
    }
}
