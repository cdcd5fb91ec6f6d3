using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using System.Numerics.Tensors;

namespace SaddleEscape.Tensors;

/// <summary>
/// The robust tensor power method (Anandkumar, Ge, Hsu, Kakade &amp; Telgarsky 2014; Goyal &amp; Ullah Alg. 6):
/// R starts, N power iterations v ← T(I, v, v[, v]) / ‖·‖ (Eq. 15) from each, keep the start with
/// the largest T(v, …, v), N more iterations, μ̂ = T(v̂, …, v̂); then deflate and repeat. Starts are
/// random unit vectors or SVD-based: the top left singular vector of T(I, I, θ[, θ]) for a random θ.
/// </summary>
public static class TensorPowerMethod
{
    /// <summary>One eigenpair of <paramref name="tensor"/> (Alg. 6 steps 1–8).</summary>
    public static TensorEigenpair ExtractOne(ISymmetricTensor tensor, int restarts, int iterations, bool svdStarts, Random random)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThan(restarts, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 0);
        int d = tensor.Dimension;
        double[]? best = null;
        double bestValue = double.NegativeInfinity;
        var v = new double[d];
        var work = new double[d];
        for (int tau = 0; tau < restarts; tau++)
        {
            Start(tensor, svdStarts, random, v);
            Iterate(tensor, v, work, iterations);
            double value = Value(tensor, v);
            if (value > bestValue)
            {
                bestValue = value;
                best = (double[])v.Clone();
            }
        }

        Iterate(tensor, best!, work, iterations);
        return new TensorEigenpair(best!, Value(tensor, best!));
    }

    /// <summary>All <paramref name="count"/> components by power iteration and deflation (Alg. 6 repeated).</summary>
    public static IReadOnlyList<TensorEigenpair> Decompose(ISymmetricTensor tensor, int count, int restarts, int iterations, bool svdStarts, Random random) =>
        Deflation.Decompose(tensor, count, t => ExtractOne(t, restarts, iterations, svdStarts, random));

    /// <summary>T(v, …, v).</summary>
    public static double Value(ISymmetricTensor tensor, ReadOnlySpan<double> v)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        return tensor.Form(v, v, v, tensor.Order == 4 ? v : []);
    }

    /// <summary>N power updates v ← T(I, v, v[, v]) / ‖·‖ in place (Eq. 15).</summary>
    public static void Iterate(ISymmetricTensor tensor, double[] v, double[] work, int iterations)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        ArgumentNullException.ThrowIfNull(v);
        ArgumentNullException.ThrowIfNull(work);
        for (int t = 0; t < iterations; t++)
        {
            tensor.Contract(v, v, tensor.Order == 4 ? v : [], work);
            double norm = TensorPrimitives.Norm(work);
            if (norm == 0)
            {
                return;
            }

            TensorPrimitives.Multiply(work, 1 / norm, v);
        }
    }

    private static void Start(ISymmetricTensor tensor, bool svd, Random random, double[] v)
    {
        int d = tensor.Dimension;
        Normal.Samples(random, v, 0, 1);
        if (svd)
        {
            var theta = (double[])v.Clone();
            var e = new double[d];
            var column = new double[d];
            var m = Matrix<double>.Build.Dense(d, d);
            for (int j = 0; j < d; j++)
            {
                Array.Clear(e);
                e[j] = 1;
                tensor.Contract(e, theta, tensor.Order == 4 ? theta : [], column);
                m.SetColumn(j, column);
            }

            var u = m.Svd(computeVectors: true).U.Column(0);
            for (int i = 0; i < d; i++)
            {
                v[i] = u[i];
            }
        }

        TensorPrimitives.Multiply(v, 1 / TensorPrimitives.Norm(v), v);
    }
}
