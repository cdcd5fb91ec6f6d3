using MathNet.Numerics.LinearAlgebra;

namespace SaddleEscape.Problems;

/// <summary>
/// Positive semidefinite matrix completion through a factor U ∈ R^{n×r} (Ge, Lee &amp; Ma 2016, "Matrix Completion has No
/// Spurious Local Minimum", the objective of their introduction without the incoherence regulariser and without the 1/p
/// normalisation): f(U) = ½‖P_Ω(UUᵀ − M)‖²_F = ½Σ_{(i,j)∈Ω}((UUᵀ)_ij − M_ij)² over a symmetric set Ω of observed entries
/// ((i, j) ∈ Ω ⇔ (j, i) ∈ Ω, so an observed off-diagonal pair counts twice). With R = P_Ω(UUᵀ − M) (symmetric):
/// ∇f = 2RU and ∇²f[V] = 2P_Ω(UVᵀ + VUᵀ)U + 2RV. f* = 0 at U = U* (UUᵀ = M), f is invariant under U ↦ UQ (Q ∈ O(r)).
/// Ge, Lee &amp; Ma prove that, with their regulariser and p ≳ poly(r, κ, μ)·log n / n, every local minimum is global;
/// without the regulariser, at small n or sparse Ω, spurious local minima can exist — this class makes no such promise.
/// θ is U row-major; the sums run over Ω's unordered pairs, so nothing of size n² is formed per call.
/// </summary>
public sealed class SymmetricMatrixCompletion : Objectives.IObjective, Objectives.IHessianVectorProduct
{
    private readonly Matrix<double> _m;
    private readonly int[] _rows;
    private readonly int[] _columns;
    private readonly double[] _targets;
    private readonly int _n;
    private readonly int _r;

    /// <summary>
    /// Completes <paramref name="target"/> (n×n, symmetric) with rank <paramref name="rank"/> from the entries
    /// <paramref name="observed"/> (row, column); (i, j) and (j, i) name the same observation, repeats count once.
    /// </summary>
    public SymmetricMatrixCompletion(Matrix<double> target, int rank, IEnumerable<(int Row, int Column)> observed)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(observed);
        ArgumentOutOfRangeException.ThrowIfLessThan(rank, 1);
        if (target.RowCount != target.ColumnCount)
        {
            throw new ArgumentException($"the target must be square (got {target.RowCount}×{target.ColumnCount})", nameof(target));
        }

        double asymmetry = (target - target.Transpose()).InfinityNorm();
        if (asymmetry > 1e-12 * Math.Max(1, target.InfinityNorm()))
        {
            throw new ArgumentException($"the target must be symmetric (‖M − Mᵀ‖∞ = {asymmetry:E2})", nameof(target));
        }

        (_m, _n, _r) = (target, target.RowCount, rank);
        var pairs = new SortedSet<(int, int)>();
        foreach (var (row, column) in observed)
        {
            if ((uint)row >= (uint)_n || (uint)column >= (uint)_n)
            {
                throw new ArgumentOutOfRangeException(nameof(observed), (row, column), $"an observed entry must index the {_n}×{_n} target");
            }

            pairs.Add((Math.Min(row, column), Math.Max(row, column)));
        }

        if (pairs.Count == 0)
        {
            throw new ArgumentException("at least one entry must be observed", nameof(observed));
        }

        _rows = [.. pairs.Select(p => p.Item1)];
        _columns = [.. pairs.Select(p => p.Item2)];
        _targets = [.. pairs.Select(p => target[p.Item1, p.Item2])];
    }

    /// <summary>
    /// The Bernoulli model of Ge, Lee &amp; Ma 2016: each unordered pair i ≤ j (the diagonal included) is observed
    /// independently with probability <paramref name="probability"/>, drawn from <c>new Random(<paramref name="seed"/>)</c>
    /// in the order (0,0), (0,1), …, (0,n−1), (1,1), … .
    /// </summary>
    public static SymmetricMatrixCompletion WithRandomMask(Matrix<double> target, int rank, double probability, int seed)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!(probability > 0 && probability <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "the observation probability p must be in (0, 1]");
        }

        var random = new Random(seed);
        var observed = new List<(int, int)>();
        for (int i = 0; i < target.RowCount; i++)
        {
            for (int j = i; j < target.RowCount; j++)
            {
                if (random.NextDouble() < probability)
                {
                    observed.Add((i, j));
                }
            }
        }

        return new SymmetricMatrixCompletion(target, rank, observed);
    }

    /// <inheritdoc />
    public int Dimension => _n * _r;

    /// <summary>n.</summary>
    public int Size => _n;

    /// <summary>r.</summary>
    public int Rank => _r;

    /// <summary>The observed entries (i ≤ j), each unordered pair once, in lexicographic order.</summary>
    public IReadOnlyList<(int Row, int Column)> Observed => [.. _rows.Zip(_columns)];

    /// <summary>|Ω| / n²: the fraction of the n² entries observed (an off-diagonal pair counts as two entries).</summary>
    public double ObservedFraction => _rows.Select((i, k) => i == _columns[k] ? 1.0 : 2.0).Sum() / ((double)_n * _n);

    /// <summary>‖UUᵀ − M‖_F / ‖M‖_F over all n² entries, observed or not: the recovery error, blind to U ↦ UQ.</summary>
    public double RelativeError(ReadOnlySpan<double> theta)
    {
        var u = Numerics.RowMajor.ToMatrix(Checked(theta), _n, _r);
        return (u.TransposeAndMultiply(u) - _m).FrobeniusNorm() / _m.FrobeniusNorm();
    }

    /// <inheritdoc />
    public double Value(ReadOnlySpan<double> theta)
    {
        Checked(theta);
        double sum = 0;
        for (int k = 0; k < _rows.Length; k++)
        {
            double residual = Residual(theta, k);
            sum += Weight(k) * residual * residual;
        }

        return 0.5 * sum;
    }

    /// <inheritdoc />
    public double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        Checked(theta);
        gradient[..Dimension].Clear();
        double sum = 0;
        for (int k = 0; k < _rows.Length; k++)
        {
            double residual = Residual(theta, k);
            sum += Weight(k) * residual * residual;
            AddSymmetric(theta, 2 * residual, k, gradient);
        }

        return 0.5 * sum;
    }

    /// <inheritdoc />
    public void HessianVectorProduct(ReadOnlySpan<double> theta, ReadOnlySpan<double> v, Span<double> result)
    {
        Checked(theta);
        Checked(v);
        result[..Dimension].Clear();
        for (int k = 0; k < _rows.Length; k++)
        {
            int i = _rows[k], j = _columns[k];
            double residual = Residual(theta, k);
            double change = Dot(theta, i, v, j) + Dot(v, i, theta, j);
            AddSymmetric(theta, 2 * change, k, result);
            AddSymmetric(v, 2 * residual, k, result);
        }
    }

    // (UUᵀ − M)_ij for the k-th observed pair.
    private double Residual(ReadOnlySpan<double> theta, int k) => Dot(theta, _rows[k], theta, _columns[k]) - _targets[k];

    // Ω holds (i, j) and (j, i): an off-diagonal pair appears twice in the sum over Ω.
    private double Weight(int k) => _rows[k] == _columns[k] ? 1 : 2;

    // Adds c·(E_ij + E_ji)·A's rows i and j to target (rows of the n×r factor A): row i += c·a_j, row j += c·a_i (once on the diagonal).
    private void AddSymmetric(ReadOnlySpan<double> a, double c, int k, Span<double> target)
    {
        int i = _rows[k], j = _columns[k];
        for (int l = 0; l < _r; l++)
        {
            target[(i * _r) + l] += c * a[(j * _r) + l];
        }

        if (i != j)
        {
            for (int l = 0; l < _r; l++)
            {
                target[(j * _r) + l] += c * a[(i * _r) + l];
            }
        }
    }

    private double Dot(ReadOnlySpan<double> a, int i, ReadOnlySpan<double> b, int j) =>
        System.Numerics.Tensors.TensorPrimitives.Dot(a.Slice(i * _r, _r), b.Slice(j * _r, _r));

    private ReadOnlySpan<double> Checked(ReadOnlySpan<double> theta) => theta.Length == Dimension
        ? theta
        : throw new ArgumentException($"θ has length {theta.Length}, expected n·r = {Dimension}", nameof(theta));
}
