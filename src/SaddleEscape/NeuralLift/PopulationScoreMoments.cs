using MathNet.Numerics.LinearAlgebra;
using SaddleEscape.Networks;
using SaddleEscape.Tensors;
using System.Numerics.Tensors;

namespace SaddleEscape.NeuralLift;

/// <summary>
/// The population cross-moments of a teacher network with Gaussian-mixture input (Goyal &amp; Ullah Eq. 10–11 with
/// Thm. 3, Stein's identity): E[y·S_m(x)] = E[∇^m f(x)] = Σ_j λ_m,j a_j^⊗m with λ_m,j = a₂,j·E[σ^{(m)}(⟨a_j, x⟩ + b₁,j)].
/// Under the mixture, ⟨a_j, x⟩ + b₁,j is itself a mixture of one-dimensional Gaussians N(⟨a_j, μ_c⟩ + b₁,j, Σ_i a_ji² s_ci²),
/// so each expectation is a sum of Gauss–Hermite quadratures. These are the oracle moments for tests and for the
/// experiment's diagnostics; the estimator never sees them.
/// </summary>
public static class PopulationScoreMoments
{
    /// <summary>λ_m,j for j = 1…k (m = 1, 2 or 3).</summary>
    public static double[] Weights(TwoLayerNetwork teacher, DiagonalGaussianMixture mixture, int order, int quadraturePoints = 80)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        ArgumentNullException.ThrowIfNull(mixture);
        if (teacher.Dimension != mixture.Dimension)
        {
            throw new ArgumentException($"teacher has d = {teacher.Dimension}, mixture d = {mixture.Dimension}");
        }

        var rule = new GaussHermiteRule(quadraturePoints);
        var lambdas = new double[teacher.Hidden];
        for (int j = 0; j < teacher.Hidden; j++)
        {
            var a = teacher.Neuron(j);
            double expectation = 0;
            for (int c = 0; c < mixture.Components; c++)
            {
                double mean = TensorPrimitives.Dot(a, mixture.Mean(c)) + teacher.Biases[j];
                double variance = 0;
                var s2 = mixture.Variance(c);
                for (int i = 0; i < a.Length; i++)
                {
                    variance += a[i] * a[i] * s2[i];
                }

                double sd = Math.Sqrt(variance);
                expectation += mixture.Weights[c] * rule.Expectation(t => Sigmoid.Derivative(order, mean + (sd * t)));
            }

            lambdas[j] = teacher.OutputWeights[j] * expectation;
        }

        return lambdas;
    }

    /// <summary>M₂ = Σ_j λ₂,j a_j a_jᵀ (d×d).</summary>
    public static Matrix<double> Second(TwoLayerNetwork teacher, DiagonalGaussianMixture mixture)
    {
        var lambdas = Weights(teacher, mixture, 2);
        var a = Matrix<double>.Build.Dense(teacher.Hidden, teacher.Dimension, (j, i) => teacher.Neuron(j)[i]);
        return a.TransposeThisAndMultiply(Matrix<double>.Build.DiagonalOfDiagonalArray(lambdas) * a);
    }

    /// <summary>M₃ = Σ_j λ₃,j a_j^⊗3 in implicit low-rank form.</summary>
    public static LowRankSymmetricTensor Third(TwoLayerNetwork teacher, DiagonalGaussianMixture mixture) =>
        new(3, Weights(teacher, mixture, 3), teacher.FirstLayer.ToArray(), teacher.Dimension);
}
