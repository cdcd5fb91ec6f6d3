using MathNet.Numerics.LinearAlgebra;
using SaddleEscape.Objectives;

namespace SaddleEscape.Networks;

/// <summary>
/// The sample form of App. C's F(B) for a general (non-orthogonal) B* (Ge, Lee &amp; Ma 2018 Eq. C.1): the first two
/// terms of G from the batch, and the penalty λΣ_j(q_j − 1)² with q_j = Σ_i a*_i⟨b*_i, b_j⟩². By Stein's
/// lemma E[y·φ₂(b, x)] = √2·σ₂·q(b) for φ₂(b, x) = (bᵀx)² − ‖b‖², so with the batch split into two
/// independent halves (x and x′ of Eq. C.1), Â_j, Â′_j = mean of y·φ₂(b_j, ·)/(√2σ₂) over each half,
/// q_j² is estimated without bias by Â_jÂ′_j and q_j by (Â_j + Â′_j)/2. (The OCR of Eq. C.1 is garbled;
/// this is the unbiased reading, checked against <see cref="DesignedObjectiveG"/> with the weighted norm.)
/// </summary>
public sealed class NonOrthogonalObjectiveSampler : IStochasticObjective
{
    private readonly TeacherNetwork _teacher;
    private readonly DesignedObjectiveSampler _firstTerms;
    private readonly double _lambda;
    private readonly double _scale;

    /// <summary>F for <paramref name="teacher"/> with μ, λ from <paramref name="settings"/>.</summary>
    public NonOrthogonalObjectiveSampler(TeacherNetwork teacher, DesignedObjectiveSettings settings)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        ArgumentNullException.ThrowIfNull(settings);
        _teacher = teacher;
        _lambda = settings.Lambda;
        _firstTerms = new DesignedObjectiveSampler(teacher, settings with { Lambda = 0 });
        double sigma2 = HermiteCoefficients.Compute(teacher.Sigma, 2)[2];
        _scale = 1 / (Math.Sqrt(2) * sigma2);
    }

    /// <inheritdoc />
    public double StochasticGradient(ReadOnlySpan<double> x, Span<double> gradient, int batchSize, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 2);
        int d = _teacher.InputDimension, m = _teacher.Hidden;
        var (xs, ys) = _teacher.SampleBatch(batchSize, random);
        double value = _firstTerms.Evaluate(x, gradient, xs, ys);
        int half = batchSize / 2;
        var b = Matrix<double>.Build.DenseOfRowArrays(x.ToArray().Chunk(d));
        var p = xs.TransposeAndMultiply(b);
        for (int j = 0; j < m; j++)
        {
            double norm2 = b.Row(j).DotProduct(b.Row(j));
            var (a1, g1) = HalfMean(p, xs, ys, j, 0, half, norm2, b);
            var (a2, g2) = HalfMean(p, xs, ys, j, half, batchSize, norm2, b);
            value += _lambda * ((a1 * a2) - (a1 + a2) + 1);
            if (!gradient.IsEmpty)
            {
                for (int l = 0; l < d; l++)
                {
                    gradient[(j * d) + l] += _lambda * ((a2 * g1[l]) + (a1 * g2[l]) - g1[l] - g2[l]);
                }
            }
        }

        return value;
    }

    /// <summary>Â = mean_t y_t φ₂(b_j, x_t)·scale over rows [from, to) and its gradient in b_j.</summary>
    private (double Value, double[] Gradient) HalfMean(Matrix<double> p, Matrix<double> xs, double[] ys, int j, int from, int to, double norm2, Matrix<double> b)
    {
        int d = xs.ColumnCount, n = to - from;
        double value = 0;
        var g = new double[d];
        double ySum = 0;
        for (int t = from; t < to; t++)
        {
            double pj = p.At(t, j);
            value += ys[t] * ((pj * pj) - norm2);
            ySum += ys[t];
            double c = 2 * ys[t] * pj;
            for (int l = 0; l < d; l++)
            {
                g[l] += c * xs.At(t, l);
            }
        }

        for (int l = 0; l < d; l++)
        {
            g[l] = (g[l] - (2 * ySum * b.At(j, l))) * _scale / n;
        }

        return (value * _scale / n, g);
    }
}
