using System.Numerics;

namespace SaddleEscape.NeuralLift;

/// <summary>
/// The Fourier method for the first-layer biases (Janzamin, Sedghi &amp; Anandkumar 2015, Procedure 2; Goyal &amp; Ullah
/// Proc. 4 step 3). For neuron l with unit direction â_l: draw ω_i uniformly on the cap {‖ω‖ = ξ, ⟨ω, â_l⟩ ≥ (1 − ε²/2)ξ}
/// (<see cref="SphericalCapSampler"/>), one per sample, and form v_l = (1/n) Σ_i y_i/p(x_i)·e^{−2πi⟨ω_i, x_i⟩}, an unbiased
/// estimate of the cap-averaged Fourier transform of f. In the convention F(ω) = ∫ f(x) e^{−2πi⟨ω,x⟩} dx a ridge term
/// a₂σ(⟨a, x⟩ + b) with ‖a‖ = 1 contributes a₂·e^{2πiξb}·Σ(ξ) along ω = ξa, so b̂ = (∠v − ∠Σ(ξ))/(2πξ), which for ξ = ½ is
/// Janzamin et al.'s (∠v − ∠Σ(½))/π. Angles are atan2 angles, and b̂ is defined modulo 1/ξ: it is returned in
/// (−1/(2ξ), 1/(2ξ)]. A negative a₂ adds π to the phase, i.e. moves b̂ by 1/(2ξ); <see cref="AlternativeBranch"/> gives
/// that other candidate, which the regression stage chooses between. The weights 1/p(x) make the estimate heavy-tailed
/// for Gaussian inputs (E[y²/p²] = ∫ f²/p diverges): Janzamin et al. assume bounded inputs.
/// </summary>
public static class FourierBiasEstimator
{
    /// <summary>v_l for each of the k directions (k×d row-major unit vectors).</summary>
    public static Complex[] Transforms(DiagonalGaussianMixture density, ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> directions, double radius, double epsilon, int seed)
    {
        ArgumentNullException.ThrowIfNull(density);
        int d = density.Dimension, n = y.Length, k = directions.Length / d;
        if (x.Length != n * d || directions.Length != k * d || n == 0 || k == 0)
        {
            throw new ArgumentException($"need n×d samples, n labels and k×d directions (d = {d})");
        }

        var inverseDensity = new double[n];
        for (int i = 0; i < n; i++)
        {
            inverseDensity[i] = Math.Exp(-density.LogDensity(x.Slice(i * d, d)));
        }

        double height = 1 - (epsilon * epsilon / 2);
        var result = new Complex[k];
        var u = new double[d];
        var scratch = new double[d];
        for (int l = 0; l < k; l++)
        {
            var random = new Random(unchecked((seed * 7919) + l));
            var center = directions.Slice(l * d, d);
            double re = 0, im = 0;
            for (int i = 0; i < n; i++)
            {
                SphericalCapSampler.Sample(center, height, random, u, scratch);
                double phase = -2 * Math.PI * radius * System.Numerics.Tensors.TensorPrimitives.Dot(u, x.Slice(i * d, d));
                double weight = y[i] * inverseDensity[i];
                re += weight * Math.Cos(phase);
                im += weight * Math.Sin(phase);
            }

            result[l] = new Complex(re / n, im / n);
        }

        return result;
    }

    /// <summary>b̂ = (∠v − ∠Σ(ξ))/(2πξ) in (−1/(2ξ), 1/(2ξ)] for the sigmoid.</summary>
    public static double Bias(Complex transform, double radius) =>
        Wrap((transform.Phase - Sigmoid.FourierTransform(radius).Phase) / (2 * Math.PI * radius), radius);

    /// <summary>The bias read from the phase shifted by π (the other sign of a₂): b̂ + 1/(2ξ), wrapped.</summary>
    public static double AlternativeBranch(double bias, double radius) => Wrap(bias + (1 / (2 * radius)), radius);

    private static double Wrap(double b, double radius)
    {
        double period = 1 / radius, half = period / 2;
        double wrapped = b - (period * Math.Floor((b + half) / period));
        return wrapped <= -half ? wrapped + period : wrapped;
    }
}
