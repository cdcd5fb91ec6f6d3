using MathNet.Numerics.Distributions;
using System.Numerics.Tensors;

namespace SaddleEscape.NeuralLift;

/// <summary>
/// Uniform samples on the spherical cap {u ∈ S^{d−1} : ⟨u, c⟩ ≥ t₀} around a unit vector c, drawn directly — rejection
/// from the whole sphere would accept a fraction that vanishes exponentially in d. On S^{d−1} the height t = ⟨u, c⟩ has
/// density ∝ (1 − t²)^{(d−3)/2}; with s = 1 − t ∈ [0, 1 − t₀] that is s^{(d−3)/2}(2 − s)^{(d−3)/2}. s is drawn from the
/// proposal ∝ s^{(d−3)/2} (inverse CDF s = s₀U^{2/(d−1)}) and accepted with probability (2 − s)^{(d−3)/2} over its maximum
/// on [0, s₀] (close to 1 on a small cap); then u = t·c + √(1 − t²)·w with w uniform on the unit sphere of c⊥.
/// </summary>
public static class SphericalCapSampler
{
    /// <summary>Writes one sample into <paramref name="u"/>; <paramref name="scratch"/> has length d.</summary>
    public static void Sample(ReadOnlySpan<double> center, double minimumHeight, Random random, Span<double> u, Span<double> scratch)
    {
        ArgumentNullException.ThrowIfNull(random);
        int d = center.Length;
        if (!(minimumHeight > -1 && minimumHeight < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(minimumHeight), minimumHeight, "the cap's minimum height t₀ must be in (−1, 1)");
        }

        if (d == 1)
        {
            center.CopyTo(u);
            return;
        }

        double s0 = 1 - minimumHeight, exponent = (d - 3) / 2.0;
        double s;
        while (true)
        {
            s = s0 * Math.Pow(1 - random.NextDouble(), 2.0 / (d - 1));
            double accept = exponent >= 0 ? Math.Pow(1 - (s / 2), exponent) : Math.Pow((2 - s) / (2 - s0), exponent);
            if (random.NextDouble() < accept)
            {
                break;
            }
        }

        double t = 1 - s, radial = Math.Sqrt(Math.Max(0, s * (2 - s)));
        double norm;
        do
        {
            for (int i = 0; i < d; i++)
            {
                scratch[i] = Normal.Sample(random, 0, 1);
            }

            TensorPrimitives.MultiplyAdd(center, -TensorPrimitives.Dot(scratch, center), scratch, scratch);
            norm = TensorPrimitives.Norm(scratch);
        }
        while (norm < 1e-12);

        for (int i = 0; i < d; i++)
        {
            u[i] = (t * center[i]) + (radial * scratch[i] / norm);
        }
    }
}
