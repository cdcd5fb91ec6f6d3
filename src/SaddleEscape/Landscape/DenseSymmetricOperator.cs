using MathNet.Numerics.LinearAlgebra;

namespace SaddleEscape.Landscape;

/// <summary>A dense symmetric matrix as an <see cref="ISymmetricOperator"/> on all of R^n (for tests and small problems).</summary>
public sealed class DenseSymmetricOperator : ISymmetricOperator
{
    private readonly Matrix<double> _matrix;

    /// <summary>Wraps <paramref name="matrix"/>, which must be square and symmetric to 1e-12 relative.</summary>
    public DenseSymmetricOperator(Matrix<double> matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        if (matrix.RowCount != matrix.ColumnCount)
        {
            throw new ArgumentException($"matrix is {matrix.RowCount}×{matrix.ColumnCount}, not square", nameof(matrix));
        }

        double asymmetry = (matrix - matrix.Transpose()).InfinityNorm();
        if (asymmetry > 1e-12 * Math.Max(1, matrix.InfinityNorm()))
        {
            throw new ArgumentException($"matrix is not symmetric (‖A − Aᵀ‖∞ = {asymmetry:E2})", nameof(matrix));
        }

        _matrix = matrix;
    }

    /// <inheritdoc />
    public int Dimension => _matrix.RowCount;

    /// <inheritdoc />
    public int DomainDimension => _matrix.RowCount;

    /// <inheritdoc />
    public void ProjectToDomain(Span<double> v)
    {
    }

    /// <inheritdoc />
    public void Apply(ReadOnlySpan<double> v, Span<double> result)
    {
        int n = Dimension;
        for (int i = 0; i < n; i++)
        {
            double sum = 0;
            for (int j = 0; j < n; j++)
            {
                sum += _matrix.At(i, j) * v[j];
            }

            result[i] = sum;
        }
    }
}
