using SaddleEscape.Objectives;
using System.Numerics.Tensors;

namespace SaddleEscape.Tensors;

/// <summary>
/// f(u) = −T(u, u, u) on the unit sphere, i.e. max_{‖u‖=1} T(u,u,u) (Goyal &amp; Ullah Eq. 12/14, Proc. 5;
/// Eq. 12 writes min T(u,u,u), the same problem for −T). For T = Σ λ_i a_i^⊗3 with orthonormal
/// a_i and λ_i &gt; 0, u = a_i are local maxima with T = λ_i (Thm. 5, in the sign convention of Eq. 16) — but not the only
/// ones: the order is odd, so u ∝ −Σ_{i∈S} a_i/λ_i for |S| ≥ 2 is critical too, with T = −(Σ_{i∈S} λ_i^{−2})^{−1/2} &lt; 0
/// (on span(a₁, a₂) with λ = 1, T = cos³θ + sin³θ has a local maximum −1/√2 at θ = 5π/4), and such spurious maxima
/// are what the NN-LIFT comparison's failed runs end at.
/// ∇f = −3T(I,u,u), ∇²f·v = −6T(I,u,v).
/// </summary>
public sealed class SphereCubicObjective : IObjective, IHessianVectorProduct, IDenseHessian
{
    private readonly ISymmetricTensor _tensor;

    /// <summary>The objective for an order-3 tensor.</summary>
    public SphereCubicObjective(ISymmetricTensor tensor)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        if (tensor.Order != 3)
        {
            throw new ArgumentException("T(u,u,u) here is for order-3 tensors", nameof(tensor));
        }

        _tensor = tensor;
    }

    /// <summary>The tensor (replaced by the caller between deflation steps via a new objective).</summary>
    public ISymmetricTensor Tensor => _tensor;

    /// <inheritdoc />
    public int Dimension => _tensor.Dimension;

    /// <inheritdoc />
    public double Value(ReadOnlySpan<double> x) => -_tensor.Form(x, x, x, []);

    /// <inheritdoc />
    public double ValueAndGradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        _tensor.Contract(x, x, [], gradient);
        double value = -TensorPrimitives.Dot(gradient, x);
        TensorPrimitives.Multiply(gradient, -3.0, gradient);
        return value;
    }

    /// <inheritdoc />
    public void HessianVectorProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result)
    {
        _tensor.Contract(x, v, [], result);
        TensorPrimitives.Multiply(result, -6.0, result);
    }

    /// <summary>
    /// ∇²f(x) = −6·T(·, ·, x): one contraction, O(n³), for a dense tensor; other tensors assemble it from n HVPs.
    /// </summary>
    public void Hessian(ReadOnlySpan<double> x, Span<double> hessian)
    {
        int n = Dimension;
        if (_tensor is DenseSymmetricTensor { Order: 3 } dense)
        {
            dense.ContractLast(x, hessian);
            TensorPrimitives.Multiply(hessian, -6.0, hessian);
            return;
        }

        Span<double> e = n <= 256 ? stackalloc double[n] : new double[n];
        for (int j = 0; j < n; j++)
        {
            e.Clear();
            e[j] = 1;
            HessianVectorProduct(x, e, hessian.Slice(j * n, n));
        }
    }
}
