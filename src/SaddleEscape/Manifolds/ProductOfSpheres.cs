using System.Numerics.Tensors;

namespace SaddleEscape.Manifolds;

/// <summary>
/// The product of k unit spheres in R^d, (S^{d−1})^k, stored as k consecutive blocks of length d
/// (the constraint set ‖u_i‖ = 1 of orthogonal tensor decomposition, Goyal &amp; Ullah Eq. 5–6).
/// Each block is treated as its own sphere: P_u(v) = v − (uᵀv)u, R_u(s) = (u + s)/‖u + s‖,
/// Hess f(u)[v] = P_u(∇²f v) − (uᵀ∇f)·v blockwise.
/// </summary>
public class ProductOfSpheres : IManifold
{
    /// <summary>(S^{<paramref name="blockDimension"/>−1})^<paramref name="count"/>.</summary>
    public ProductOfSpheres(int count, int blockDimension)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(blockDimension, 2);
        Count = count;
        BlockDimension = blockDimension;
    }

    /// <summary>k, the number of spheres.</summary>
    public int Count { get; }

    /// <summary>d, the ambient dimension of each sphere.</summary>
    public int BlockDimension { get; }

    /// <inheritdoc />
    public virtual string Name => $"product-of-spheres({Count}x{BlockDimension})";

    /// <inheritdoc />
    public int AmbientDimension => Count * BlockDimension;

    /// <inheritdoc />
    public int TangentDimension => Count * (BlockDimension - 1);

    /// <inheritdoc />
    public void ProjectToManifold(Span<double> x)
    {
        for (int i = 0; i < Count; i++)
        {
            var block = x.Slice(i * BlockDimension, BlockDimension);
            double norm = TensorPrimitives.Norm(block);
            if (norm == 0 || !double.IsFinite(norm))
            {
                throw new ArgumentException($"block {i} has norm {norm} and cannot be normalised onto the sphere", nameof(x));
            }

            TensorPrimitives.Multiply(block, 1 / norm, block);
        }
    }

    /// <inheritdoc />
    public double ConstraintViolation(ReadOnlySpan<double> x)
    {
        double worst = 0;
        for (int i = 0; i < Count; i++)
        {
            worst = Math.Max(worst, Math.Abs(TensorPrimitives.Norm(x.Slice(i * BlockDimension, BlockDimension)) - 1));
        }

        return worst;
    }

    /// <inheritdoc />
    public void ProjectToTangent(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result)
    {
        for (int i = 0; i < Count; i++)
        {
            var u = x.Slice(i * BlockDimension, BlockDimension);
            var vi = v.Slice(i * BlockDimension, BlockDimension);
            var ri = result.Slice(i * BlockDimension, BlockDimension);
            double along = TensorPrimitives.Dot(u, vi);
            TensorPrimitives.MultiplyAdd(u, -along, vi, ri);
        }
    }

    /// <inheritdoc />
    public void Retract(ReadOnlySpan<double> x, ReadOnlySpan<double> step, Span<double> result)
    {
        TensorPrimitives.Add(x, step, result);
        for (int i = 0; i < Count; i++)
        {
            var block = result.Slice(i * BlockDimension, BlockDimension);
            double norm = TensorPrimitives.Norm(block);
            if (norm == 0 || !double.IsFinite(norm))
            {
                // A step that overflowed (or cancelled the point): no point on the sphere to go to. The block becomes NaN,
                // which the minimisation loop reports as a divergence, instead of an exception in the middle of a run.
                block.Fill(double.NaN);
            }
            else
            {
                TensorPrimitives.Multiply(block, 1 / norm, block);
            }
        }
    }

    /// <inheritdoc />
    public void RiemannianHessianVector(
        ReadOnlySpan<double> x, ReadOnlySpan<double> euclideanGradient,
        ReadOnlySpan<double> euclideanHessianVector, ReadOnlySpan<double> v, Span<double> result)
    {
        for (int i = 0; i < Count; i++)
        {
            int o = i * BlockDimension;
            var u = x.Slice(o, BlockDimension);
            var hv = euclideanHessianVector.Slice(o, BlockDimension);
            var vi = v.Slice(o, BlockDimension);
            var ri = result.Slice(o, BlockDimension);
            double radial = TensorPrimitives.Dot(u, euclideanGradient.Slice(o, BlockDimension));
            double along = TensorPrimitives.Dot(u, hv);
            // ri = hv − (uᵀhv)u − (uᵀg)v, written without a temporary so ri may alias hv or v.
            for (int j = 0; j < BlockDimension; j++)
            {
                ri[j] = hv[j] - along * u[j] - radial * vi[j];
            }
        }
    }
}
