using MathNet.Numerics.LinearAlgebra;
using SaddleEscape.Objectives;

namespace SaddleEscape.Networks;

/// <summary>
/// The ℓ₂ loss of a one-hidden-layer student y′ = aᵀγ(Bx) against the teacher (seed 003 Eq. 2.2 for
/// γ = σ, Eq. 2.5 for γ = σ₂h₂ + σ₄h₄). Parameters are flat [a (m); B (m×d, row-major)]. As an
/// <see cref="IStochasticObjective"/> it draws fresh teacher samples on every call (the paper's setting);
/// as an <see cref="IObjective"/> it is the empirical risk on a fixed validation sample (the closed
/// form of Thm. 2.1 needs unit rows, which plain SGD on f does not keep — for unit rows use
/// <see cref="HermiteSeriesRisk"/>). Batch gradients by matrix products, O(N·d·m):
/// with Z = XBᵀ, r = γ(Z)a − y: ∇_a = 2γ(Z)ᵀr/N, ∇_B = 2(γ′(Z) ∘ r aᵀ)ᵀX/N.
/// </summary>
public sealed class NetworkSquaredLoss : IObjective, IStochasticObjective
{
    private readonly TeacherNetwork _teacher;
    private readonly Func<double, double> _gamma;
    private readonly Func<double, double> _gammaPrime;
    private readonly Matrix<double> _validationX;
    private readonly double[] _validationY;

    /// <summary>The loss with student activation γ (and γ′), validated on <paramref name="validationSize"/> fixed samples drawn with <paramref name="seed"/>.</summary>
    public NetworkSquaredLoss(TeacherNetwork teacher, Func<double, double> gamma, Func<double, double> gammaPrime, int validationSize, int seed)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        _teacher = teacher;
        _gamma = gamma ?? throw new ArgumentNullException(nameof(gamma));
        _gammaPrime = gammaPrime ?? throw new ArgumentNullException(nameof(gammaPrime));
        (_validationX, _validationY) = teacher.SampleBatch(validationSize, new Random(seed));
    }

    /// <summary>m.</summary>
    public int Hidden => _teacher.Hidden;

    /// <summary>d.</summary>
    public int InputDimension => _teacher.InputDimension;

    /// <inheritdoc />
    public int Dimension => Hidden * (1 + InputDimension);

    /// <inheritdoc />
    public double Value(ReadOnlySpan<double> x) => Evaluate(x, [], _validationX, _validationY);

    /// <inheritdoc />
    public double ValueAndGradient(ReadOnlySpan<double> x, Span<double> gradient) => Evaluate(x, gradient, _validationX, _validationY);

    /// <inheritdoc />
    public double StochasticGradient(ReadOnlySpan<double> x, Span<double> gradient, int batchSize, Random random)
    {
        var (xs, ys) = _teacher.SampleBatch(batchSize, random);
        return Evaluate(x, gradient, xs, ys);
    }

    /// <summary>Mean squared error and its gradient on the given samples.</summary>
    public double Evaluate(ReadOnlySpan<double> x, Span<double> gradient, Matrix<double> xs, double[] ys)
    {
        ArgumentNullException.ThrowIfNull(xs);
        ArgumentNullException.ThrowIfNull(ys);
        int m = Hidden, d = InputDimension, n = xs.RowCount;
        var a = x[..m].ToArray();
        var b = Matrix<double>.Build.DenseOfRowArrays(x[m..].ToArray().Chunk(d));
        var z = xs.TransposeAndMultiply(b);
        var s = z.Map(_gamma);
        var r = (s * Vector<double>.Build.DenseOfArray(a)) - Vector<double>.Build.DenseOfArray(ys);
        double value = r.DotProduct(r) / n;
        if (gradient.IsEmpty)
        {
            return value;
        }

        var ga = s.TransposeThisAndMultiply(r) * (2.0 / n);
        var weights = z.Map(_gammaPrime);
        for (int t = 0; t < n; t++)
        {
            for (int j = 0; j < m; j++)
            {
                weights[t, j] *= r[t] * a[j];
            }
        }

        var gb = weights.TransposeThisAndMultiply(xs) * (2.0 / n);
        ga.AsArray().CopyTo(gradient);
        for (int j = 0; j < m; j++)
        {
            for (int l = 0; l < d; l++)
            {
                gradient[m + (j * d) + l] = gb[j, l];
            }
        }

        return value;
    }
}
