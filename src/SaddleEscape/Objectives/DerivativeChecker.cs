using MathNet.Numerics.Distributions;
using System.Numerics.Tensors;

namespace SaddleEscape.Objectives;

/// <summary>
/// Checks analytic derivatives against central finite differences. Every objective's tests call
/// it: gradients against differences of values (every coordinate, and random directions), exact
/// Hessian-vector products against differences of gradients.
/// </summary>
public static class DerivativeChecker
{
    /// <summary>
    /// Compares ∇f(x) with the central differences (f(x + h e) − f(x − h e)) / 2h along every
    /// coordinate e (when n ≤ <paramref name="maxCoordinates"/>) and along
    /// <paramref name="randomDirections"/> random unit directions.
    /// </summary>
    public static DerivativeCheck CheckGradient(
        IObjective objective, ReadOnlySpan<double> x, Random random,
        double step = 1e-5, double tolerance = 1e-6, int randomDirections = 8, int maxCoordinates = 400)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(random);
        int n = objective.Dimension;
        if (x.Length != n)
        {
            throw new ArgumentException($"point has length {x.Length}, objective dimension is {n}", nameof(x));
        }

        var point = x.ToArray();
        var gradient = new double[n];
        objective.ValueAndGradient(point, gradient);
        double scale = Math.Max(1.0, TensorPrimitives.Norm(gradient));
        var direction = new double[n];
        var probe = new double[n];
        double maxAbs = 0;

        void Compare(double[] dir)
        {
            TensorPrimitives.MultiplyAdd(dir, step, point, probe);
            double plus = objective.Value(probe);
            TensorPrimitives.MultiplyAdd(dir, -step, point, probe);
            double minus = objective.Value(probe);
            double numeric = (plus - minus) / (2 * step);
            double analytic = TensorPrimitives.Dot(gradient, dir);
            maxAbs = Math.Max(maxAbs, Math.Abs(numeric - analytic));
        }

        if (n <= maxCoordinates)
        {
            for (int i = 0; i < n; i++)
            {
                Array.Clear(direction);
                direction[i] = 1;
                Compare(direction);
            }
        }

        for (int k = 0; k < randomDirections; k++)
        {
            Normal.Samples(random, direction, 0, 1);
            TensorPrimitives.Multiply(direction, 1 / TensorPrimitives.Norm(direction), direction);
            Compare(direction);
        }

        return new DerivativeCheck("gradient", maxAbs, maxAbs / scale, tolerance);
    }

    /// <summary>
    /// Compares the objective's exact ∇²f(x)·v with (∇f(x + h v) − ∇f(x − h v)) / 2h for
    /// <paramref name="directions"/> random unit vectors v.
    /// </summary>
    public static DerivativeCheck CheckHessianVectorProduct(
        IObjective objective, ReadOnlySpan<double> x, Random random,
        double step = 1e-5, double tolerance = 1e-6, int directions = 6)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(random);
        if (objective is not IHessianVectorProduct exact)
        {
            throw new ArgumentException("objective has no exact Hessian-vector product to check", nameof(objective));
        }

        int n = objective.Dimension;
        var fd = new FiniteDifferenceHessian(objective, step);
        var v = new double[n];
        var analytic = new double[n];
        var numeric = new double[n];
        var diff = new double[n];
        double maxAbs = 0, maxRel = 0;
        for (int k = 0; k < directions; k++)
        {
            Normal.Samples(random, v, 0, 1);
            TensorPrimitives.Multiply(v, 1 / TensorPrimitives.Norm(v), v);
            exact.HessianVectorProduct(x, v, analytic);
            fd.Apply(x, v, numeric);
            TensorPrimitives.Subtract(analytic, numeric, diff);
            double err = TensorPrimitives.Norm(diff);
            double scale = Math.Max(1.0, Math.Max(TensorPrimitives.Norm(analytic), TensorPrimitives.Norm(numeric)));
            maxAbs = Math.Max(maxAbs, err);
            maxRel = Math.Max(maxRel, err / scale);
        }

        return new DerivativeCheck("hessian-vector product", maxAbs, maxRel, tolerance);
    }
}
