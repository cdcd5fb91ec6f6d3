using MathNet.Numerics.Distributions;
using SaddleEscape.Manifolds;
using SaddleEscape.Minimization;
using SaddleEscape.Objectives;
using SaddleEscape.Optimizers;
using System.Numerics.Tensors;

namespace SaddleEscape.Tensors;

/// <summary>
/// Orthogonal decomposition of an order-3 tensor by noisy gradient descent on the strict-saddle objective
/// max_{‖u‖=1} T(u,u,u) (Goyal &amp; Ullah Proc. 5, Eq. 14; strict saddle by their Thm. 5), one component at a time
/// with deflation T ← T − μ̂·v̂^⊗3. Each component: Gaussian-noise gradient descent on the sphere
/// (<see cref="GaussianNoisyGradientDescent"/>) from a random start, the noise decaying to zero, then plain
/// Riemannian gradient descent until the gradient vanishes; μ̂ = T(v̂,v̂,v̂). Since T is odd, components with negative
/// weight are found as (−v, −μ) with the same sign convention as the power method.
/// <para>Goyal &amp; Ullah's Thm. 5 (only ±a_i are local minima of −T(u,u,u)) copies Ge et al.'s proof for the quartic
/// objective and does not hold for the cubic: with u = Σ x_i a_i, every point x_i = −c/λ_i (all i, c = (Σ λ_i^{-2})^{-1/2})
/// is a critical point with T = −c whose tangent Hessian of −T is 3c·I ≻ 0 — a spurious local maximum of T (for d = 2 and
/// λ = (1, 1): u = −(a₁ + a₂)/√2). Gradient methods can end there, noise or not. Every true maximum has T = |λ_i| &gt; 0 and
/// every spurious one T &lt; 0, so a run ending with T(v̂,v̂,v̂) ≤ 0 is restarted from −v̂ (where T &gt; 0), at most
/// <c>restarts</c> times.</para>
/// </summary>
public static class NoisyGradientTensorDecomposition
{
    /// <summary>One eigenpair of <paramref name="tensor"/> (Proc. 5 steps 1–2) at scale <paramref name="scale"/> (e.g. ‖T‖_F of the undeflated tensor).</summary>
    public static (TensorEigenpair Pair, long Iterations, int SpuriousMaxima) ExtractOne(ISymmetricTensor tensor, double scale, NoisyGradientDecompositionOptions options, int seed, int restarts = 10)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        ArgumentNullException.ThrowIfNull(options);
        if (!(scale > 0) || double.IsInfinity(scale))
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "tensor scale must be positive and finite");
        }

        int k = tensor.Dimension;
        var start = new double[k];
        Normal.Samples(new Random(seed), start, 0, 1);
        TensorPrimitives.Multiply(start, 1 / TensorPrimitives.Norm(start), start);
        long iterations = 0;
        for (int attempt = 0; ; attempt++)
        {
            var (v, used) = Ascend(tensor, scale, options, seed + (attempt * 104729), start);
            iterations += used;
            double value = TensorPowerMethod.Value(tensor, v);
            if (value > 0 || attempt >= restarts)
            {
                return (new TensorEigenpair(v, value), iterations, attempt);
            }

            TensorPrimitives.Negate(v, start);
        }
    }

    private static (double[] Point, long Iterations) Ascend(ISymmetricTensor tensor, double scale, NoisyGradientDecompositionOptions options, int seed, double[] start)
    {
        int k = tensor.Dimension;
        var optimizer = new GaussianNoisyGradientDescent(options.StepSize / scale, options.NoiseStd * scale, batchSize: 1, noiseDecaySteps: Math.Max(1, options.NoisySteps));
        var result = Minimizer.Run(new Oracle(new SphereCubicObjective(tensor)), new Sphere(k), optimizer, start, new MinimizerOptions
        {
            Seed = seed,
            Stop = StoppingRule.AfterIterations(options.MaxIterations) | (StoppingRule.AfterIterations(options.NoisySteps) & StoppingRule.WhenGradientNormBelow(options.GradientTolerance * scale)),
            Certificate = null,
            TraceMaxRows = 16,
            ProgressEvery = int.MaxValue,
        });
        return (result.X, result.Iterations);
    }

    /// <summary>All <paramref name="count"/> components (Proc. 5 repeated with deflation); component i uses seed + i.</summary>
    public static NoisyGradientDecomposition Decompose(ISymmetricTensor tensor, int count, NoisyGradientDecompositionOptions options, int seed)
    {
        double scale = FrobeniusNorm(tensor);
        int index = 0, spurious = 0;
        long iterations = 0;
        var pairs = Deflation.Decompose(tensor, count, t =>
        {
            var (pair, used, restarts) = ExtractOne(t, scale, options, seed + index++);
            iterations += used;
            spurious += restarts;
            return pair;
        });
        return new NoisyGradientDecomposition(pairs, iterations, spurious);
    }

    /// <summary>‖T‖_F = (Σ_{b,c} ‖T(I, e_b, e_c)‖²)^{1/2} for an order-3 tensor (d² contractions).</summary>
    public static double FrobeniusNorm(ISymmetricTensor tensor)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        if (tensor.Order != 3)
        {
            throw new ArgumentException("order-3 tensors only", nameof(tensor));
        }

        int d = tensor.Dimension;
        var eb = new double[d];
        var ec = new double[d];
        var column = new double[d];
        double sum = 0;
        for (int b = 0; b < d; b++)
        {
            eb[b] = 1;
            for (int c = 0; c < d; c++)
            {
                ec[c] = 1;
                tensor.Contract(eb, ec, [], column);
                sum += TensorPrimitives.SumOfSquares(column);
                ec[c] = 0;
            }

            eb[b] = 0;
        }

        return Math.Sqrt(sum);
    }
}
