using SaddleEscape.Objectives;
using System.Numerics.Tensors;

namespace SaddleEscape.Networks;

/// <summary>
/// The exact population risk f(a, B) = E[(aᵀrelu(Bx) − y)²] for a ReLU teacher and student with rows of
/// any norm (Ge, Lee &amp; Ma 2018 Eq. 2.2), through the degree-1 arc-cosine kernel (Cho &amp; Saul 2009; Tian 2017):
/// K(u, v) = E[relu(uᵀx)relu(vᵀx)] = ‖u‖‖v‖(sin θ + (π − θ)cos θ)/(2π), θ = ∠(u, v), whose gradient is
/// ∂K/∂u = ((π − θ)v + (‖v‖/‖u‖) sin θ·u)/(2π). Unlike the Hermite series of Thm. 2.1 it needs no unit
/// rows, so it certifies where SGD on f stopped (HVPs by finite differences of this exact gradient).
/// </summary>
public sealed class ReluPopulationRisk : IObjective
{
    private readonly TeacherNetwork _teacher;
    private readonly double _constant;

    /// <summary>The risk against a ReLU <paramref name="teacher"/>.</summary>
    public ReluPopulationRisk(TeacherNetwork teacher)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        if (teacher.Sigma.Name != "relu")
        {
            throw new ArgumentException($"the arc-cosine closed form is for ReLU teachers (got {teacher.Sigma.Name})");
        }

        _teacher = teacher;
        int d = teacher.InputDimension;
        double c = teacher.NoiseStd * teacher.NoiseStd;
        for (int i = 0; i < teacher.Hidden; i++)
        {
            for (int j = 0; j < teacher.Hidden; j++)
            {
                c += teacher.A[i] * teacher.A[j] * Kernel(teacher.B.AsSpan(i * d, d), teacher.B.AsSpan(j * d, d));
            }
        }

        _constant = c;
    }

    /// <inheritdoc />
    public int Dimension => _teacher.Hidden * (1 + _teacher.InputDimension);

    /// <summary>K(u, v) = E[relu(uᵀx)relu(vᵀx)], x ~ N(0, I).</summary>
    public static double Kernel(ReadOnlySpan<double> u, ReadOnlySpan<double> v)
    {
        double nu = TensorPrimitives.Norm(u), nv = TensorPrimitives.Norm(v);
        if (nu == 0 || nv == 0)
        {
            return 0;
        }

        double cos = Math.Clamp(TensorPrimitives.Dot(u, v) / (nu * nv), -1, 1);
        double theta = Math.Acos(cos);
        return nu * nv * (Math.Sqrt(1 - (cos * cos)) + ((Math.PI - theta) * cos)) / (2 * Math.PI);
    }

    /// <summary>Adds scale·∂K(u, v)/∂u into <paramref name="result"/>.</summary>
    private static void AddKernelGradient(ReadOnlySpan<double> u, ReadOnlySpan<double> v, double scale, Span<double> result)
    {
        double nu = TensorPrimitives.Norm(u), nv = TensorPrimitives.Norm(v);
        if (nu == 0 || nv == 0)
        {
            return;
        }

        double cos = Math.Clamp(TensorPrimitives.Dot(u, v) / (nu * nv), -1, 1);
        double theta = Math.Acos(cos), sin = Math.Sqrt(1 - (cos * cos));
        TensorPrimitives.MultiplyAdd(v, scale * (Math.PI - theta) / (2 * Math.PI), result, result);
        TensorPrimitives.MultiplyAdd(u, scale * (nv / nu) * sin / (2 * Math.PI), result, result);
    }

    /// <inheritdoc />
    public double Value(ReadOnlySpan<double> x) => Evaluate(x, []);

    /// <inheritdoc />
    public double ValueAndGradient(ReadOnlySpan<double> x, Span<double> gradient) => Evaluate(x, gradient);

    private double Evaluate(ReadOnlySpan<double> x, Span<double> gradient)
    {
        int m = _teacher.Hidden, d = _teacher.InputDimension;
        var a = x[..m];
        var b = x[m..];
        bool grad = !gradient.IsEmpty;
        if (grad)
        {
            gradient.Clear();
        }

        double value = _constant;
        for (int i = 0; i < m; i++)
        {
            var bi = b.Slice(i * d, d);
            Span<double> gb = grad ? gradient.Slice(m + (i * d), d) : [];
            for (int j = 0; j < m; j++)
            {
                var bj = b.Slice(j * d, d);
                double k = Kernel(bi, bj);
                value += a[i] * a[j] * k;
                if (grad)
                {
                    gradient[i] += 2 * a[j] * k;
                    if (j == i)
                    {
                        TensorPrimitives.MultiplyAdd(bi, a[i] * a[i], gb, gb); // ∂/∂b (a²‖b‖²/2)
                    }
                    else
                    {
                        AddKernelGradient(bi, bj, 2 * a[i] * a[j], gb);
                    }
                }
            }

            for (int j = 0; j < m; j++)
            {
                var sj = _teacher.B.AsSpan(j * d, d);
                double k = Kernel(bi, sj);
                value -= 2 * a[i] * _teacher.A[j] * k;
                if (grad)
                {
                    gradient[i] -= 2 * _teacher.A[j] * k;
                    AddKernelGradient(bi, sj, -2 * a[i] * _teacher.A[j], gb);
                }
            }
        }

        return value;
    }
}
