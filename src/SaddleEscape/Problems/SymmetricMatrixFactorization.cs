using MathNet.Numerics.LinearAlgebra;

namespace SaddleEscape.Problems;

/// <summary>
/// Low-rank PSD matrix recovery through a factor U ∈ R^{n×r} (Bruna 2018, lecture 10, "matrix factorisation"; Ge, Jin &amp;
/// Zheng 2017): f(U) = ¼‖UUᵀ − M‖²_F with M = U*U*ᵀ, or, with measurement matrices A_i (matrix sensing),
/// f(U) = (1/4m)Σᵢ(⟨A_i, UUᵀ⟩ − ⟨A_i, M⟩)². ∇f = (UUᵀ − M)U (resp. (1/m)Σ rᵢA_iU, A_i symmetric);
/// ∇²f[V] = (UVᵀ + VUᵀ)U + (UUᵀ − M)V (resp. (1/m)Σ(2⟨A_iU, V⟩A_iU + rᵢA_iV)). Every local minimum is global
/// (UUᵀ = M) and every other critical point — U = 0 among them — is a strict saddle; minimisers are U*R, R orthogonal.
/// θ is U row-major.
/// </summary>
public sealed class SymmetricMatrixFactorization : Objectives.IObjective, Objectives.IHessianVectorProduct
{
    private readonly Matrix<double> _m;
    private readonly IReadOnlyList<Matrix<double>>? _sensing;
    private readonly double[]? _measurements;
    private readonly int _n;
    private readonly int _r;

    /// <summary>The factorisation of <paramref name="target"/> (n×n, symmetric) with rank <paramref name="rank"/>; sensing matrices optional (symmetric n×n).</summary>
    public SymmetricMatrixFactorization(Matrix<double> target, int rank, IReadOnlyList<Matrix<double>>? sensing = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentOutOfRangeException.ThrowIfLessThan(rank, 1);
        if (target.RowCount != target.ColumnCount)
        {
            throw new ArgumentException("the target must be square", nameof(target));
        }

        (_m, _n, _r, _sensing) = (target, target.RowCount, rank, sensing);
        if (sensing is not null)
        {
            if (sensing.Count == 0 || sensing.Any(a => a.RowCount != _n || a.ColumnCount != _n))
            {
                throw new ArgumentException($"sensing needs at least one {_n}×{_n} matrix", nameof(sensing));
            }

            _measurements = [.. sensing.Select(a => a.PointwiseMultiply(target).Enumerate().Sum())];
        }
    }

    /// <inheritdoc />
    public int Dimension => _n * _r;

    /// <summary>n.</summary>
    public int Size => _n;

    /// <summary>r.</summary>
    public int Rank => _r;

    /// <summary>‖UUᵀ − M‖_F / ‖M‖_F: the recovery error, blind to the rotation U ↦ UR.</summary>
    public double RelativeError(ReadOnlySpan<double> theta)
    {
        var u = Factor(theta);
        return (u.TransposeAndMultiply(u) - _m).FrobeniusNorm() / _m.FrobeniusNorm();
    }

    /// <summary>‖AAᵀ − BBᵀ‖_F for factors <paramref name="a"/>, <paramref name="b"/>: zero exactly when B = AR with R orthogonal (the symmetry U ↦ UR).</summary>
    public double RotationDistance(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var ua = Factor(a);
        var ub = Factor(b);
        return (ua.TransposeAndMultiply(ua) - ub.TransposeAndMultiply(ub)).FrobeniusNorm();
    }

    /// <inheritdoc />
    public double Value(ReadOnlySpan<double> theta) => Evaluate(Factor(theta), out _);

    /// <inheritdoc />
    public double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        var u = Factor(theta);
        double value = Evaluate(u, out var g);
        Write(g, gradient);
        return value;
    }

    /// <inheritdoc />
    public void HessianVectorProduct(ReadOnlySpan<double> theta, ReadOnlySpan<double> v, Span<double> result)
    {
        var u = Factor(theta);
        var dv = Factor(v);
        Matrix<double> h;
        if (_sensing is null)
        {
            h = ((u.TransposeAndMultiply(dv) + dv.TransposeAndMultiply(u)) * u) + ((u.TransposeAndMultiply(u) - _m) * dv);
        }
        else
        {
            var uut = u.TransposeAndMultiply(u);
            h = Matrix<double>.Build.Dense(_n, _r);
            for (int i = 0; i < _sensing.Count; i++)
            {
                var au = _sensing[i] * u;
                double residual = Inner(_sensing[i], uut) - _measurements![i];
                h += (au * (2 * Inner(au, dv))) + (_sensing[i] * dv * residual);
            }

            h /= _sensing.Count;
        }

        Write(h, result);
    }

    private double Evaluate(Matrix<double> u, out Matrix<double> gradient)
    {
        var uut = u.TransposeAndMultiply(u);
        if (_sensing is null)
        {
            var e = uut - _m;
            gradient = e * u;
            double norm = e.FrobeniusNorm();
            return 0.25 * norm * norm;
        }

        gradient = Matrix<double>.Build.Dense(_n, _r);
        double sum = 0;
        for (int i = 0; i < _sensing.Count; i++)
        {
            double residual = Inner(_sensing[i], uut) - _measurements![i];
            sum += residual * residual;
            gradient += _sensing[i] * u * residual;
        }

        gradient /= _sensing.Count;
        return sum / (4.0 * _sensing.Count);
    }

    private static double Inner(Matrix<double> a, Matrix<double> b) => a.PointwiseMultiply(b).Enumerate().Sum();

    private Matrix<double> Factor(ReadOnlySpan<double> theta) => theta.Length == Dimension
        ? Numerics.RowMajor.ToMatrix(theta, _n, _r)
        : throw new ArgumentException($"θ has length {theta.Length}, expected n·r = {Dimension}", nameof(theta));

    private static void Write(Matrix<double> g, Span<double> target) => Numerics.RowMajor.Copy(g, target);
}
