using SaddleEscape.Objectives;
using System.Numerics.Tensors;

namespace SaddleEscape.Tensors;

/// <summary>
/// The naive objective ‖T − Σ_i u_i^⊗4‖²_F over unit vectors (Goyal &amp; Ullah Eq. 5), for comparison
/// with Ge et al.'s Eq. 6 (for which the strict-saddle property is proved; for this one it is not).
/// Expanded: ‖T‖² − 2Σ_i T(u_i,u_i,u_i,u_i) + Σ_{i,j}(u_iᵀu_j)⁴, so
/// ∇_{u_i} = −8T(I,u_i,u_i,u_i) + 8Σ_j (u_iᵀu_j)³ u_j. No analytic HVP: the oracle falls back
/// to finite differences of two gradients.
/// </summary>
public sealed class FrobeniusTensorObjective : IObjective
{
    private readonly ISymmetricTensor _tensor;
    private readonly double[] _work;

    /// <summary>The objective for <paramref name="vectors"/> vectors; <paramref name="squaredNorm"/> is ‖T‖²_F (a constant offset).</summary>
    public FrobeniusTensorObjective(ISymmetricTensor tensor, int vectors, double squaredNorm)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        if (tensor.Order != 4)
        {
            throw new ArgumentException("the Frobenius objective here is for order-4 tensors", nameof(tensor));
        }

        _tensor = tensor;
        Vectors = vectors;
        SquaredNorm = squaredNorm;
        _work = new double[tensor.Dimension];
    }

    /// <summary>m.</summary>
    public int Vectors { get; }

    /// <summary>‖T‖²_F.</summary>
    public double SquaredNorm { get; }

    /// <inheritdoc />
    public int Dimension => Vectors * _tensor.Dimension;

    /// <inheritdoc />
    public double Value(ReadOnlySpan<double> x) => Evaluate(x, []);

    /// <inheritdoc />
    public double ValueAndGradient(ReadOnlySpan<double> x, Span<double> gradient) => Evaluate(x, gradient);

    private double Evaluate(ReadOnlySpan<double> x, Span<double> gradient)
    {
        int d = _tensor.Dimension;
        double value = SquaredNorm;
        for (int i = 0; i < Vectors; i++)
        {
            var ui = x.Slice(i * d, d);
            _tensor.Contract(ui, ui, ui, _work);
            value -= 2 * TensorPrimitives.Dot(_work, ui);
            Span<double> gi = gradient.IsEmpty ? [] : gradient.Slice(i * d, d);
            if (!gradient.IsEmpty)
            {
                TensorPrimitives.Multiply(_work, -8.0, gi);
            }

            for (int j = 0; j < Vectors; j++)
            {
                var uj = x.Slice(j * d, d);
                double c = TensorPrimitives.Dot(ui, uj);
                value += c * c * c * c;
                if (!gradient.IsEmpty)
                {
                    TensorPrimitives.MultiplyAdd(uj, 8 * c * c * c, gi, gi);
                }
            }
        }

        return value;
    }
}
