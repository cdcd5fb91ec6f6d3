using MathNet.Numerics.LinearAlgebra;

namespace SaddleEscape.Problems;

/// <summary>
/// Asymmetric low-rank factorisation with the balancing term (Bruna 2018, lecture 10; Ge, Jin &amp; Zheng 2017):
/// f(U, V) = ½‖UVᵀ − M‖²_F + (λ/8)‖UᵀU − VᵀV‖²_F, U ∈ R^{n₁×r}, V ∈ R^{n₂×r}, θ = (U, V) row-major. With E = UVᵀ − M and
/// D = UᵀU − VᵀV: ∇_U f = EV + (λ/2)UD, ∇_V f = EᵀU − (λ/2)VD; the HVP differentiates these once more. The balancing term
/// removes the (U·G, V·G⁻ᵀ) invariance's flat directions so that, as in the symmetric case, every saddle is strict.
/// </summary>
public sealed class AsymmetricMatrixFactorization : Objectives.IObjective, Objectives.IHessianVectorProduct
{
    private readonly Matrix<double> _m;
    private readonly int _rows;
    private readonly int _columns;
    private readonly int _r;
    private readonly double _lambda;

    /// <summary>The factorisation of <paramref name="target"/> (n₁×n₂) with rank <paramref name="rank"/> and balance weight <paramref name="balance"/> ≥ 0.</summary>
    public AsymmetricMatrixFactorization(Matrix<double> target, int rank, double balance)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentOutOfRangeException.ThrowIfLessThan(rank, 1);
        if (!(balance >= 0) || !double.IsFinite(balance))
        {
            throw new ArgumentOutOfRangeException(nameof(balance), balance, "the balance weight λ must be a finite number ≥ 0");
        }

        (_m, _rows, _columns, _r, _lambda) = (target, target.RowCount, target.ColumnCount, rank, balance);
    }

    /// <inheritdoc />
    public int Dimension => (_rows + _columns) * _r;

    /// <summary>‖UVᵀ − M‖_F / ‖M‖_F.</summary>
    public double RelativeError(ReadOnlySpan<double> theta)
    {
        var (u, v) = Factors(theta);
        return (u.TransposeAndMultiply(v) - _m).FrobeniusNorm() / _m.FrobeniusNorm();
    }

    /// <inheritdoc />
    public double Value(ReadOnlySpan<double> theta)
    {
        var (u, v) = Factors(theta);
        return Value(u, v);
    }

    /// <inheritdoc />
    public double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        var (u, v) = Factors(theta);
        var e = u.TransposeAndMultiply(v) - _m;
        var d = u.TransposeThisAndMultiply(u) - v.TransposeThisAndMultiply(v);
        Write((e * v) + (u * d * (_lambda / 2)), (e.TransposeThisAndMultiply(u)) - (v * d * (_lambda / 2)), gradient);
        return Value(u, v);
    }

    /// <inheritdoc />
    public void HessianVectorProduct(ReadOnlySpan<double> theta, ReadOnlySpan<double> direction, Span<double> result)
    {
        var (u, v) = Factors(theta);
        var (du, dv) = Factors(direction);
        var e = u.TransposeAndMultiply(v) - _m;
        var d = u.TransposeThisAndMultiply(u) - v.TransposeThisAndMultiply(v);
        var de = du.TransposeAndMultiply(v) + u.TransposeAndMultiply(dv);
        var dd = du.TransposeThisAndMultiply(u) + u.TransposeThisAndMultiply(du) - dv.TransposeThisAndMultiply(v) - v.TransposeThisAndMultiply(dv);
        var hu = (de * v) + (e * dv) + (((du * d) + (u * dd)) * (_lambda / 2));
        var hv = de.TransposeThisAndMultiply(u) + e.TransposeThisAndMultiply(du) - (((dv * d) + (v * dd)) * (_lambda / 2));
        Write(hu, hv, result);
    }

    private double Value(Matrix<double> u, Matrix<double> v)
    {
        double fit = (u.TransposeAndMultiply(v) - _m).FrobeniusNorm();
        double balance = (u.TransposeThisAndMultiply(u) - v.TransposeThisAndMultiply(v)).FrobeniusNorm();
        return (0.5 * fit * fit) + (_lambda / 8 * balance * balance);
    }

    private (Matrix<double> U, Matrix<double> V) Factors(ReadOnlySpan<double> theta)
    {
        if (theta.Length != Dimension)
        {
            throw new ArgumentException($"θ has length {theta.Length}, expected (n₁ + n₂)·r = {Dimension}", nameof(theta));
        }

        int offset = _rows * _r;
        return (Numerics.RowMajor.ToMatrix(theta[..offset], _rows, _r), Numerics.RowMajor.ToMatrix(theta[offset..], _columns, _r));
    }

    private void Write(Matrix<double> gu, Matrix<double> gv, Span<double> target)
    {
        int offset = _rows * _r;
        Numerics.RowMajor.Copy(gu, target[..offset]);
        Numerics.RowMajor.Copy(gv, target[offset..]);
    }
}
