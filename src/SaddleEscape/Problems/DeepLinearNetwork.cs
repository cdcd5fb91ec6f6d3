using MathNet.Numerics.LinearAlgebra;

namespace SaddleEscape.Problems;

/// <summary>
/// The deep linear network loss (Bruna 2018, lecture 10, "deep linear nets"; Kawaguchi 2016):
/// E(W₁, …, W_K) = (1/2N)‖W_K⋯W₁X − Y‖²_F with square d×d layers, θ the layers' entries (row-major, W₁ first).
/// With A_k = W_{k−1}⋯W₁ and B_k = W_K⋯W_{k+1}, ∇_{W_k}E = (1/N)·B_kᵀ(RXᵀ)A_kᵀ, R = W_K⋯W₁X − Y; the HVP is the
/// directional derivative of that expression (forward mode through the chain products). Kawaguchi: every local
/// minimum is global and, for K ≥ 3, some saddles (e.g. θ = 0) have no negative curvature — the Hessian there is 0.
/// </summary>
public sealed class DeepLinearNetwork : Objectives.IObjective, Objectives.IHessianVectorProduct
{
    private readonly Matrix<double> _x;
    private readonly Matrix<double> _y;
    private readonly int _d;
    private readonly int _depth;
    private readonly double _scale;

    /// <summary>Depth <paramref name="depth"/> ≥ 1, inputs <paramref name="inputs"/> (d×N) and targets <paramref name="targets"/> (d×N).</summary>
    public DeepLinearNetwork(int depth, Matrix<double> inputs, Matrix<double> targets)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        if (inputs.RowCount != targets.RowCount || inputs.ColumnCount != targets.ColumnCount)
        {
            throw new ArgumentException($"inputs ({inputs.RowCount}×{inputs.ColumnCount}) and targets ({targets.RowCount}×{targets.ColumnCount}) must both be d×N");
        }

        (_x, _y, _d, _depth, _scale) = (inputs, targets, inputs.RowCount, depth, 1.0 / inputs.ColumnCount);
    }

    /// <summary>K.</summary>
    public int Depth => _depth;

    /// <inheritdoc />
    public int Dimension => _depth * _d * _d;

    /// <summary>The end-to-end matrix W_K⋯W₁ at <paramref name="theta"/>.</summary>
    public Matrix<double> Product(ReadOnlySpan<double> theta)
    {
        var layers = Layers(theta);
        return Chain(layers, 0, _depth - 1);
    }

    /// <summary>
    /// The critical values (Baldi &amp; Hornik 1989 for K = 2; Kawaguchi 2016): with M = YXᵀ(XXᵀ)^{−1/2} and σ_i its singular
    /// values, E = f* + (1/2N)Σ_{i∈T}σ_i² for the subsets T of discarded singular directions, f* = (1/2N)(‖Y‖²_F − Σσ_i²);
    /// all 2^d of them, ascending (d ≤ 16).
    /// </summary>
    public double[] CriticalValues()
    {
        if (_d > 16)
        {
            throw new InvalidOperationException($"2^d critical values for d = {_d} are too many to list");
        }

        var evd = (_x * _x.Transpose()).Evd(Symmetricity.Symmetric);
        var inverseRoot = evd.EigenVectors * Matrix<double>.Build.DiagonalOfDiagonalVector(evd.EigenValues.Map(c => 1 / Math.Sqrt(c.Real))) * evd.EigenVectors.Transpose();
        var sigma = (_y * _x.Transpose() * inverseRoot).Svd(computeVectors: false).S.ToArray();
        double norm = _y.FrobeniusNorm();
        double fStar = 0.5 * _scale * ((norm * norm) - sigma.Sum(v => v * v));
        return [.. Enumerable.Range(0, 1 << _d).Select(mask => fStar + (0.5 * _scale * Enumerable.Range(0, _d).Where(i => ((mask >> i) & 1) == 1).Sum(i => sigma[i] * sigma[i]))).Order()];
    }

    /// <inheritdoc />
    public double Value(ReadOnlySpan<double> theta)
    {
        var r = (Product(theta) * _x) - _y;
        return 0.5 * _scale * r.FrobeniusNorm() * r.FrobeniusNorm();
    }

    /// <inheritdoc />
    public double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        var w = Layers(theta);
        var r = (Chain(w, 0, _depth - 1) * _x) - _y;
        var m = r * _x.Transpose() * _scale;
        for (int k = 0; k < _depth; k++)
        {
            var g = Chain(w, k + 1, _depth - 1).TransposeThisAndMultiply(m) * Chain(w, 0, k - 1).Transpose();
            Write(g, gradient, k);
        }

        double norm = r.FrobeniusNorm();
        return 0.5 * _scale * norm * norm;
    }

    /// <inheritdoc />
    public void HessianVectorProduct(ReadOnlySpan<double> theta, ReadOnlySpan<double> v, Span<double> result)
    {
        var w = Layers(theta);
        var dw = Layers(v);
        var (p, dp) = DualChain(w, dw, 0, _depth - 1);
        var r = (p * _x) - _y;
        var m = r * _x.Transpose() * _scale;
        var dm = dp * _x * _x.Transpose() * _scale;
        for (int k = 0; k < _depth; k++)
        {
            var (a, da) = DualChain(w, dw, 0, k - 1);
            var (b, db) = DualChain(w, dw, k + 1, _depth - 1);
            var h = (db.TransposeThisAndMultiply(m) * a.Transpose()) + (b.TransposeThisAndMultiply(dm) * a.Transpose()) + (b.TransposeThisAndMultiply(m) * da.Transpose());
            Write(h, result, k);
        }
    }

    private Matrix<double>[] Layers(ReadOnlySpan<double> theta)
    {
        if (theta.Length != Dimension)
        {
            throw new ArgumentException($"θ has length {theta.Length}, expected K·d² = {Dimension}", nameof(theta));
        }

        var layers = new Matrix<double>[_depth];
        for (int k = 0; k < _depth; k++)
        {
            layers[k] = Numerics.RowMajor.ToMatrix(theta.Slice(k * _d * _d, _d * _d), _d, _d);
        }

        return layers;
    }

    private void Write(Matrix<double> g, Span<double> target, int k) => Numerics.RowMajor.Copy(g, target.Slice(k * _d * _d, _d * _d));

    // W_to⋯W_from (0-based; the identity when from > to).
    private Matrix<double> Chain(Matrix<double>[] w, int from, int to)
    {
        var q = Matrix<double>.Build.DenseIdentity(_d);
        for (int j = from; j <= to; j++)
        {
            q = w[j] * q;
        }

        return q;
    }

    // (W_to⋯W_from, its derivative in the direction dW).
    private (Matrix<double> Q, Matrix<double> DQ) DualChain(Matrix<double>[] w, Matrix<double>[] dw, int from, int to)
    {
        var q = Matrix<double>.Build.DenseIdentity(_d);
        var dq = Matrix<double>.Build.Dense(_d, _d);
        for (int j = from; j <= to; j++)
        {
            dq = (dw[j] * q) + (w[j] * dq);
            q = w[j] * q;
        }

        return (q, dq);
    }
}
