using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SaddleEscape.Torch.Optim;

/// <summary>
/// Perturbed gradient descent (Jin et al. 2017, Alg. 1; Farrell &amp; Quintero Peña 2019 Alg. 1) as a TorchSharp optimiser, for full- or
/// large-batch training: when ‖∇f(x_t)‖ ≤ g_thres and more than t_thres steps have passed since the last
/// perturbation (or f has already dropped by f_thres below f(x̃) since it), x̃ ← x_t, x_t ← x̃ + ξ (ξ uniform in the ball of radius r) and the gradient is re-evaluated there;
/// t_thres steps after a perturbation, if f has not dropped by f_thres, the algorithm returns x̃: the parameters
/// are restored and <see cref="Finished"/> becomes true (further steps do nothing). The closure is required: it
/// must zero the gradients, evaluate the loss on the full (or fixed large) batch, backpropagate and return it.
/// The same control flow as the core library's <c>PerturbedGradientDescent</c>.
/// </summary>
public sealed class PerturbedGD : NoisyOptimizer
{
    private Tensor[] _xTilde = [];
    private double _fTilde = double.NaN;
    private long _tNoise;
    private bool _escaped;

    /// <summary>Parameters, step η, radius r, g_thres, f_thres, t_thres and the (ball) noise.</summary>
    public PerturbedGD(IEnumerable<ParamGroup> groups, double learningRate, double radius, double gradientThreshold, double valueThreshold, long escapeWindow, PerturbationNoise noise)
        : base(groups, learningRate, radius, noise)
    {
        if (!(gradientThreshold >= 0) || !(valueThreshold >= 0) || escapeWindow < 1)
        {
            throw new ArgumentException($"need g_thres ≥ 0, f_thres ≥ 0 and t_thres ≥ 1 (got {gradientThreshold}, {valueThreshold}, {escapeWindow})");
        }

        GradientThreshold = gradientThreshold;
        ValueThreshold = valueThreshold;
        EscapeWindow = escapeWindow;
        _tNoise = -escapeWindow - 1;
    }

    /// <summary>g_thres.</summary>
    public double GradientThreshold { get; }

    /// <summary>f_thres.</summary>
    public double ValueThreshold { get; }

    /// <summary>t_thres.</summary>
    public long EscapeWindow { get; }

    /// <summary>Perturbations made so far.</summary>
    public int Perturbations { get; private set; }

    /// <summary>True once an escape failed and x̃ was returned (Alg. 1's return).</summary>
    public bool Finished { get; private set; }

    /// <summary>One iteration of Alg. 1. Returns the loss at the point the gradient step was taken from.</summary>
    public override Tensor step(Func<Tensor>? closure = null)
    {
        ArgumentNullException.ThrowIfNull(closure, nameof(closure));
        if (Finished)
        {
            return tensor(_fTilde);
        }

        long t = Iteration;
        double value = Evaluate(closure);
        if (GradientNorm() <= GradientThreshold && (t - _tNoise > EscapeWindow || _escaped))
        {
            _escaped = false;
            SaveXTilde();
            _fTilde = value;
            _tNoise = t;
            Perturbations++;
            Perturb(Radius);
            value = Evaluate(closure);
        }

        long sinceNoise = t - _tNoise;
        if (sinceNoise > 0 && sinceNoise < EscapeWindow && value - _fTilde <= -ValueThreshold)
        {
            _escaped = true;
        }

        if (sinceNoise == EscapeWindow && value - _fTilde > -ValueThreshold)
        {
            using (no_grad())
            {
                for (int i = 0; i < AllParameters.Count; i++)
                {
                    AllParameters[i].copy_(_xTilde[i]);
                }
            }

            Finished = true;
            return tensor(_fTilde);
        }

        GradientStep(withNoise: false);
        Iteration++;
        return tensor(value);
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var x in _xTilde)
            {
                x.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    private void SaveXTilde()
    {
        if (_xTilde.Length == 0)
        {
            _xTilde = AllParameters.Select(p => zeros_like(p).DetachFromDisposeScope()).ToArray();
        }

        using var _ = no_grad();
        for (int i = 0; i < AllParameters.Count; i++)
        {
            _xTilde[i].copy_(AllParameters[i]);
        }
    }
}
