using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SaddleEscape.Torch.Optim;

/// <summary>
/// Perturbed accelerated gradient descent with negative-curvature exploitation (Jin, Netrapalli &amp; Jordan 2018,
/// Alg. 2–3; Farrell &amp; Quintero Peña 2019 Alg. 2) as a TorchSharp optimiser for full- or large-batch training. Per step: perturb
/// (ξ uniform in the ball of radius r) when ‖∇f(x_t)‖ ≤ ε and more than 𝒯 steps have passed; y_t = x_t + (1 − θ)v_t;
/// x_{t+1} = y_t − η∇f(y_t); if f(x_t) ≤ f(y_t) + ⟨∇f(y_t), x_t − y_t⟩ − (γ/2)‖x_t − y_t‖² (and v_t ≠ 0) take the
/// NCE step instead — v ← 0 when ‖v_t‖ ≥ s, else the better of x_t ± s·v_t/‖v_t‖ with v ← 0 — otherwise
/// v_{t+1} = x_{t+1} − x_t. The same control flow as the core's <c>PerturbedAcceleratedGradientDescent</c>,
/// including its reading of the v = 0 case (plain AGD step). The closure is required (loss + backward at the
/// current parameters); it is called two to four times per step.
/// </summary>
public sealed class PerturbedAGD : NoisyOptimizer
{
    private readonly Tensor[] _v;
    private readonly Tensor[] _x;
    private long _lastPerturbation = long.MinValue / 2;

    /// <summary>Parameters and Alg. 2's η, θ, γ, s, r, ε, 𝒯; NCE can be switched off.</summary>
    public PerturbedAGD(IEnumerable<ParamGroup> groups, double learningRate, double theta, double gamma, double s, double radius, double gradientThreshold, long interval, PerturbationNoise noise, bool negativeCurvatureExploitation = true)
        : base(groups, learningRate, radius, noise)
    {
        if (!(theta is > 0 and <= 1) || !(gamma >= 0) || !(s > 0) || !(gradientThreshold >= 0) || interval < 0)
        {
            throw new ArgumentException($"need 0 < θ ≤ 1, γ ≥ 0, s > 0, ε ≥ 0, 𝒯 ≥ 0 (got {theta}, {gamma}, {s}, {gradientThreshold}, {interval})");
        }

        (Theta, Gamma, S, GradientThreshold, Interval, NegativeCurvatureExploitation) = (theta, gamma, s, gradientThreshold, interval, negativeCurvatureExploitation);
        _v = AllParameters.Select(p => zeros_like(p).DetachFromDisposeScope()).ToArray();
        _x = AllParameters.Select(p => zeros_like(p).DetachFromDisposeScope()).ToArray();
    }

    /// <summary>θ.</summary>
    public double Theta { get; }

    /// <summary>γ.</summary>
    public double Gamma { get; }

    /// <summary>s.</summary>
    public double S { get; }

    /// <summary>ε.</summary>
    public double GradientThreshold { get; }

    /// <summary>𝒯.</summary>
    public long Interval { get; }

    /// <summary>Whether the NCE branch is used.</summary>
    public bool NegativeCurvatureExploitation { get; }

    /// <summary>Perturbations so far.</summary>
    public int Perturbations { get; private set; }

    /// <summary>NCE steps (momentum resets included) so far.</summary>
    public int NegativeCurvatureSteps { get; private set; }

    /// <summary>One step of Alg. 2; returns f(x_t).</summary>
    public override Tensor step(Func<Tensor>? closure = null)
    {
        ArgumentNullException.ThrowIfNull(closure, nameof(closure));
        long t = Iteration;
        double fx = Evaluate(closure);
        if (GradientNorm() <= GradientThreshold && t - _lastPerturbation > Interval)
        {
            Perturb(Radius);
            _lastPerturbation = t;
            Perturbations++;
            fx = Evaluate(closure);
        }

        // Each parameter steps with its own group's learning rate (AllParameters lists the groups' parameters in order).
        var rates = LearningRates();
        double vv = 0, gyv = 0;
        using (no_grad())
        {
            for (int i = 0; i < _v.Length; i++)
            {
                _x[i].copy_(AllParameters[i]);
                AllParameters[i].add_(_v[i], alpha: 1 - Theta); // y_t
                using var sq = _v[i].square().sum();
                vv += sq.ToDouble();
            }
        }

        double fy = Evaluate(closure);
        using (no_grad())
        {
            for (int i = 0; i < _v.Length; i++)
            {
                using var g = AllParameters[i].grad;
                if (g is not null)
                {
                    using var dot = (g * _v[i]).sum();
                    gyv += dot.ToDouble();
                    AllParameters[i].add_(g, alpha: -rates[i]); // x_{t+1} = y_t − η∇f(y_t)
                }
            }
        }

        double c = 1 - Theta;
        double gap = fy - (c * gyv) - (0.5 * Gamma * c * c * vv);
        if (NegativeCurvatureExploitation && fx <= gap && vv > 0)
        {
            ExploitNegativeCurvature(closure, Math.Sqrt(vv));
        }
        else
        {
            using var _ = no_grad();
            for (int i = 0; i < _v.Length; i++)
            {
                _v[i].copy_(AllParameters[i]).sub_(_x[i]);
            }
        }

        Iteration++;
        return tensor(fx);
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var t in _v.Concat(_x))
            {
                t.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    private void ExploitNegativeCurvature(Func<Tensor> closure, double speed)
    {
        NegativeCurvatureSteps++;
        if (speed >= S)
        {
            SetParameters(_x, 0);
        }
        else
        {
            SetParameters(_x, S / speed);
            double fPlus = Evaluate(closure);
            SetParameters(_x, -S / speed);
            double fMinus = Evaluate(closure);
            if (fPlus <= fMinus)
            {
                SetParameters(_x, S / speed);
            }
        }

        using var _ = no_grad();
        foreach (var v in _v)
        {
            v.zero_();
        }
    }

    /// <summary>Parameters ← x + scale·v.</summary>
    private void SetParameters(Tensor[] x, double scale)
    {
        using var _ = no_grad();
        for (int i = 0; i < x.Length; i++)
        {
            AllParameters[i].copy_(x[i]).add_(_v[i], alpha: scale);
        }
    }
}
