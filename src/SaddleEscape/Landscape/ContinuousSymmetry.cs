using SaddleEscape.Manifolds;
using System.Numerics.Tensors;

namespace SaddleEscape.Landscape;

/// <summary>
/// A continuous (Lie) group G acting on the points x with f(g·x) = f(x), declared so that the second-order certificate can
/// tell a minimum that is flat only along its orbit from a degenerate point. <see cref="Tangents"/> returns the generators of
/// the action at x, ξ_A(x) = d/dt (exp(tA)·x) at t = 0, one per basis element A of the Lie algebra; they span the tangent
/// space of the orbit G·x, whose dimension is <see cref="OrbitDimension"/> at a generic point (fewer where the stabiliser
/// is larger, e.g. at U = 0 every tangent vanishes).
/// </summary>
/// <remarks>
/// Why the orbit's directions carry no curvature at a critical point: f is constant on the orbit, so every point of the
/// orbit of a critical point x is critical (df(g·x)∘dφ_g = df(x) = 0, φ_g invertible; on a manifold, for an action that maps
/// it to itself). The gradient field therefore
/// vanishes along the orbit curve γ(t) = exp(tA)·x, and its derivative along γ — at a zero of the gradient field, the
/// (Riemannian) Hessian applied to γ'(0) — is 0: H ξ_A(x) = 0. So the orbit's tangent space lies in the Hessian's null
/// space, H splits into 0 on it and its compression to the orthogonal complement, and projecting the orbit out removes
/// exactly one zero eigenvalue per orbit direction and nothing else. Away from a critical point (Euclidean case) differentiating
/// ⟨∇f(x), ξ(x)⟩ = 0 once more gives H ξ = −Dξ(x)ᵀ∇f(x): the orbit's directions are flat only up to O(‖∇f‖), which is why
/// <see cref="SecondOrderCertificate"/> measures ‖H Q‖ on the orthonormalised tangents Q and will not call a point a
/// local minimum when that residual exceeds half its eigenvalue tolerance.
/// The certificate trusts the declaration (it does not check f(g·x) = f(x)); declaring directions along which f is not
/// constant but happens to be flat to second order (f = t³ along them) would hide a degenerate saddle, so declare only
/// true symmetries — for example, the balanced asymmetric factorisation has O(r), not GL(r) (<see cref="OrthogonalFactors"/>).
/// </remarks>
/// <param name="Description">One line naming the group and its action, e.g. "O(3): U ↦ UQ".</param>
/// <param name="OrbitDimension">dim G·x at a generic point (the number of tangents the certificate expects to project).</param>
/// <param name="Tangents">x ↦ the generators at x, each a vector of x's length (ambient coordinates; the certificate projects them onto the manifold's tangent space).</param>
public sealed record ContinuousSymmetry(string Description, int OrbitDimension, Func<double[], IReadOnlyList<double[]>> Tangents)
{
    /// <summary>
    /// The relative norm below which a generator, after projection to the tangent space and Gram–Schmidt against the ones
    /// kept before it, is dropped as dependent: ‖remainder‖ ≤ this · max_k ‖projected ξ_k‖.
    /// </summary>
    public const double DefaultRankTolerance = 1e-8;

    /// <summary>
    /// An orthonormal basis of the orbit's tangent space at <paramref name="x"/> within the tangent space of
    /// <paramref name="manifold"/>: the generators projected onto T_x, then orthonormalised (<see cref="Orthonormalize"/>).
    /// </summary>
    public IReadOnlyList<double[]> OrbitBasis(ReadOnlySpan<double> x, IManifold manifold, double rankTolerance = DefaultRankTolerance)
    {
        ArgumentNullException.ThrowIfNull(manifold);
        var point = x.ToArray();
        var tangents = Generators(point);
        foreach (var t in tangents)
        {
            manifold.ProjectToTangent(point, t, t);
        }

        return Orthonormalize(tangents, rankTolerance);
    }

    /// <summary>The generators at <paramref name="x"/> as fresh arrays, each checked to have x's length and finite entries.</summary>
    internal List<double[]> Generators(double[] x)
    {
        var raw = Tangents(x) ?? throw new InvalidOperationException($"the symmetry '{Description}' returned no tangents");
        var copies = new List<double[]>(raw.Count);
        foreach (var t in raw)
        {
            if (t is null || t.Length != x.Length || !t.All(double.IsFinite))
            {
                throw new InvalidOperationException($"the symmetry '{Description}' returned a tangent that is null, not finite, or not of the point's length {x.Length}");
            }

            copies.Add((double[])t.Clone());
        }

        return copies;
    }

    /// <summary>
    /// Orthonormalises <paramref name="vectors"/> in place by Gram–Schmidt (two passes, "twice is enough") and returns the
    /// ones kept: a vector whose remainder has norm ≤ <paramref name="rankTolerance"/> times the largest input norm is
    /// dropped (dependent on the earlier ones, or vanishing here, e.g. U(E_ij − E_ji) at U = 0). All are dropped when every
    /// input is 0.
    /// </summary>
    public static IReadOnlyList<double[]> Orthonormalize(IReadOnlyList<double[]> vectors, double rankTolerance = DefaultRankTolerance)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        if (!(rankTolerance > 0 && rankTolerance < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(rankTolerance), rankTolerance, "the rank tolerance must be in (0, 1)");
        }

        double largest = vectors.Count == 0 ? 0 : vectors.Max(v => TensorPrimitives.Norm(v));
        var kept = new List<double[]>();
        if (!(largest > 0))
        {
            return kept;
        }

        foreach (var v in vectors)
        {
            for (int pass = 0; pass < 2; pass++)
            {
                foreach (var q in kept)
                {
                    TensorPrimitives.MultiplyAdd(q, -TensorPrimitives.Dot(q, v), v, v);
                }
            }

            double norm = TensorPrimitives.Norm(v);
            if (norm > rankTolerance * largest)
            {
                TensorPrimitives.Multiply(v, 1 / norm, v);
                kept.Add(v);
            }
        }

        return kept;
    }

    /// <summary>
    /// O(r) acting on a factor U ∈ R^{n×r} (θ = U row-major) by U ↦ UQ: the symmetry of f(UUᵀ), e.g.
    /// <see cref="Problems.SymmetricMatrixFactorization"/> and <see cref="Problems.SymmetricMatrixCompletion"/>.
    /// Generators U(E_ij − E_ji), i &lt; j: r(r−1)/2 of them (the orbit dimension where rank U ≥ r − 1).
    /// </summary>
    public static ContinuousSymmetry RightOrthogonal(int rows, int rank)
    {
        Shape(rows, rank);
        return new($"O({rank}): U ↦ UQ", rank * (rank - 1) / 2, theta =>
        {
            Length(theta, rows * rank);
            var tangents = new List<double[]>();
            foreach (var (i, j) in SkewBasis(rank))
            {
                var t = new double[theta.Length];
                AddRightProduct(theta, 0, rows, rank, i, j, 1, t);
                AddRightProduct(theta, 0, rows, rank, j, i, -1, t);
                tangents.Add(t);
            }

            return tangents;
        });
    }

    /// <summary>
    /// GL(r) acting on factors (U, V) ∈ R^{n₁×r} × R^{n₂×r} (θ = U then V, each row-major, as in
    /// <see cref="Problems.AsymmetricMatrixFactorization"/>) by (U, V) ↦ (UG, VG⁻ᵀ), which keeps UVᵀ: generators
    /// (U E_ij, −V E_ji) for all i, j, r² of them. The symmetry of ½‖UVᵀ − M‖² alone — that is, balance λ = 0; the
    /// balancing term (λ/8)‖UᵀU − VᵀV‖² breaks it down to <see cref="OrthogonalFactors"/>.
    /// </summary>
    public static ContinuousSymmetry GeneralLinearFactors(int rows, int columns, int rank)
    {
        Shape(rows, rank);
        Shape(columns, rank);
        return new($"GL({rank}): (U, V) ↦ (UG, VG⁻ᵀ)", rank * rank, theta =>
        {
            Length(theta, (rows + columns) * rank);
            var tangents = new List<double[]>();
            for (int i = 0; i < rank; i++)
            {
                for (int j = 0; j < rank; j++)
                {
                    // A = E_ij: (UA, −VAᵀ) = (U E_ij, −V E_ji).
                    var t = new double[theta.Length];
                    AddRightProduct(theta, 0, rows, rank, i, j, 1, t);
                    AddRightProduct(theta, rows * rank, columns, rank, j, i, -1, t);
                    tangents.Add(t);
                }
            }

            return tangents;
        });
    }

    /// <summary>
    /// O(r) acting on factors (U, V) (layout as in <see cref="GeneralLinearFactors"/>) by (U, V) ↦ (UQ, VQ): the symmetry of
    /// <see cref="Problems.AsymmetricMatrixFactorization"/> with balance λ &gt; 0 (Q⁻ᵀ = Q, and ‖QᵀDQ‖ = ‖D‖ for
    /// D = UᵀU − VᵀV). Generators (U S, V S) with S = E_ij − E_ji, i &lt; j: r(r−1)/2 of them.
    /// </summary>
    public static ContinuousSymmetry OrthogonalFactors(int rows, int columns, int rank)
    {
        Shape(rows, rank);
        Shape(columns, rank);
        return new($"O({rank}): (U, V) ↦ (UQ, VQ)", rank * (rank - 1) / 2, theta =>
        {
            Length(theta, (rows + columns) * rank);
            var tangents = new List<double[]>();
            foreach (var (i, j) in SkewBasis(rank))
            {
                var t = new double[theta.Length];
                foreach (var (offset, count) in new[] { (0, rows), (rows * rank, columns) })
                {
                    AddRightProduct(theta, offset, count, rank, i, j, 1, t);
                    AddRightProduct(theta, offset, count, rank, j, i, -1, t);
                }

                tangents.Add(t);
            }

            return tangents;
        });
    }

    /// <summary>
    /// GL(d) at each of the K − 1 hidden layers of a deep linear network W_K⋯W₁ with d×d layers (θ = W₁, …, W_K, each
    /// row-major, as in <see cref="Problems.DeepLinearNetwork"/>): (W_k, W_{k+1}) ↦ (G W_k, W_{k+1} G⁻¹) keeps the product.
    /// Generators (A W_k, −W_{k+1} A) for A = E_ab and k = 1, …, K − 1: (K − 1)d² of them (the orbit dimension where the
    /// layers are invertible).
    /// </summary>
    public static ContinuousSymmetry HiddenLayerGeneralLinear(int depth, int width)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        int block = width * width;
        return new($"GL({width})^{depth - 1}: (W_k, W_k+1) ↦ (G W_k, W_k+1 G⁻¹) at each hidden layer", (depth - 1) * block, theta =>
        {
            Length(theta, depth * block);
            var tangents = new List<double[]>();
            for (int k = 0; k + 1 < depth; k++)
            {
                int below = k * block, above = (k + 1) * block;
                for (int a = 0; a < width; a++)
                {
                    for (int b = 0; b < width; b++)
                    {
                        var t = new double[theta.Length];
                        // (E_ab W_k): row a of the result is row b of W_k.
                        for (int c = 0; c < width; c++)
                        {
                            t[below + (a * width) + c] = theta[below + (b * width) + c];
                        }

                        // −(W_k+1 E_ab): column b of the result is −(column a of W_k+1).
                        AddRightProduct(theta, above, width, width, a, b, -1, t);
                        tangents.Add(t);
                    }
                }
            }

            return tangents;
        });
    }

    // target's block at offset (count×width, row-major) += sign · (X E_ij), X the same block of theta: column j gets X's column i.
    private static void AddRightProduct(double[] theta, int offset, int count, int width, int i, int j, double sign, double[] target)
    {
        for (int row = 0; row < count; row++)
        {
            target[offset + (row * width) + j] += sign * theta[offset + (row * width) + i];
        }
    }

    private static IEnumerable<(int I, int J)> SkewBasis(int rank)
    {
        for (int i = 0; i < rank; i++)
        {
            for (int j = i + 1; j < rank; j++)
            {
                yield return (i, j);
            }
        }
    }

    private static void Shape(int rows, int rank)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rank, 1);
    }

    private static void Length(double[] theta, int expected)
    {
        if (theta.Length != expected)
        {
            throw new ArgumentException($"the point has length {theta.Length}; this symmetry acts on points of length {expected}", nameof(theta));
        }
    }
}
