using System.Numerics.Tensors;

namespace SaddleEscape.Problems;

/// <summary>
/// The mean-squared error of a two-layer ReLU network on a fixed data set, E(θ) = (1/2N)Σₙ(ŷ(xₙ) − yₙ)² with
/// ŷ(x) = Σⱼ aⱼ·max(0, wⱼ·x + bⱼ) + c, θ = (W (m×d, row-major), b (m), a (m), c): the kind of landscape Freeman &amp; Bruna 2017
/// study for level-set connectivity (Bruna 2018, lecture 10). Its gradient is exact almost everywhere (ReLU's kink at 0
/// takes derivative 0).
/// </summary>
public sealed class TwoLayerReluRegression : Objectives.IObjective
{
    private readonly double[] _x;
    private readonly double[] _y;
    private readonly int _n;
    private readonly int _d;
    private readonly int _m;
    private readonly double[] _hidden;

    /// <summary>Width <paramref name="width"/> on inputs <paramref name="inputs"/> (N×d, row-major) and targets <paramref name="targets"/>.</summary>
    public TwoLayerReluRegression(int width, int inputDimension, double[] inputs, double[] targets)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(inputDimension, 1);
        if (targets.Length == 0 || inputs.Length != targets.Length * inputDimension)
        {
            throw new ArgumentException($"need N ≥ 1 targets and N·d inputs (got {targets.Length} targets, {inputs.Length} inputs, d = {inputDimension})");
        }

        (_x, _y, _n, _d, _m) = (inputs, targets, targets.Length, inputDimension, width);
        _hidden = new double[width];
    }

    /// <summary>m, the hidden width.</summary>
    public int Width => _m;

    /// <inheritdoc />
    public int Dimension => (_m * (_d + 2)) + 1;

    /// <inheritdoc />
    public double Value(ReadOnlySpan<double> theta) => ValueAndGradient(theta, []);

    /// <inheritdoc />
    public double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        if (theta.Length != Dimension)
        {
            throw new ArgumentException($"θ has length {theta.Length}, expected m(d + 2) + 1 = {Dimension}", nameof(theta));
        }

        bool wantGradient = !gradient.IsEmpty;
        var w = theta[..(_m * _d)];
        var b = theta.Slice(_m * _d, _m);
        var a = theta.Slice(_m * (_d + 1), _m);
        double c = theta[^1];
        if (wantGradient)
        {
            gradient.Clear();
        }

        double loss = 0;
        for (int s = 0; s < _n; s++)
        {
            var x = new ReadOnlySpan<double>(_x, s * _d, _d);
            double yhat = c;
            for (int j = 0; j < _m; j++)
            {
                double z = TensorPrimitives.Dot(w.Slice(j * _d, _d), x) + b[j];
                _hidden[j] = z;
                yhat += a[j] * Math.Max(0, z);
            }

            double r = yhat - _y[s];
            loss += r * r;
            if (!wantGradient)
            {
                continue;
            }

            double scale = r / _n;
            gradient[^1] += scale;
            for (int j = 0; j < _m; j++)
            {
                if (_hidden[j] > 0)
                {
                    gradient[(_m * (_d + 1)) + j] += scale * _hidden[j];
                    double back = scale * a[j];
                    gradient[(_m * _d) + j] += back;
                    TensorPrimitives.MultiplyAdd(x, back, gradient.Slice(j * _d, _d), gradient.Slice(j * _d, _d));
                }
            }
        }

        return loss / (2 * _n);
    }
}
