using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SaddleEscape.Torch.Optim;

/// <summary>
/// The shared skeleton of the perturbed optimisers as TorchSharp optimisers (PyTorch style: parameter groups
/// with their own learning rates, which schedulers drive; <c>zero_grad</c>; <c>step(closure)</c>). Holds the
/// noise, the perturbation radius r (one for the whole parameter vector: ξ lives in R^d, d = all parameters of
/// all groups), and buffers for ξ.
/// </summary>
public abstract class NoisyOptimizer : OptimizerHelper
{
    private readonly List<Parameter> _all = [];
    private Tensor[] _noise = [];
    private Tensor[] _spare = [];
    private Task? _pending;
    private double _pendingRadius = double.NaN;

    /// <summary>Groups <paramref name="groups"/> with default learning rate <paramref name="learningRate"/>, radius r and the noise.</summary>
    protected NoisyOptimizer(IEnumerable<ParamGroup> groups, double learningRate, double radius, PerturbationNoise noise)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(noise);
        if (!(learningRate > 0))
        {
            throw new ArgumentException($"learning rate must be > 0 (got {learningRate})", nameof(learningRate));
        }

        if (!(radius >= 0))
        {
            throw new ArgumentException($"perturbation radius r must be ≥ 0 (got {radius})", nameof(radius));
        }

        Radius = radius;
        Noise = noise;
        _defaults = new OptimizerOptions { LearningRate = learningRate, InitialLearningRate = learningRate };
        _parameter_groups = [];
        foreach (var g in groups)
        {
            add_param_group(g);
        }

        if (_all.Count == 0)
        {
            throw new ArgumentException("no parameters to optimise", nameof(groups));
        }
    }

    /// <summary>r.</summary>
    public double Radius { get; }

    /// <summary>The noise source.</summary>
    public PerturbationNoise Noise { get; }

    /// <summary>d, the number of parameters optimised.</summary>
    public long Dimension => _all.Sum(p => p.numel());

    /// <summary>Steps taken.</summary>
    public long Iteration { get; protected set; }

    /// <summary>The parameters in group order.</summary>
    protected IReadOnlyList<Parameter> AllParameters => _all;

    /// <summary>Each parameter's learning rate (its group's, as it is now), in the order of <see cref="AllParameters"/>.</summary>
    protected double[] LearningRates() => _parameter_groups.SelectMany(group => group.Parameters.Select(_ => group.LearningRate)).ToArray();

    /// <inheritdoc />
    public override void add_param_group(ParamGroup param_group)
    {
        ArgumentNullException.ThrowIfNull(param_group);
        param_group.Options ??= new OptimizerOptions();
        param_group.Options.LearningRate ??= _defaults.LearningRate;
        param_group.Options.InitialLearningRate = param_group.Options.LearningRate!.Value;
        _parameter_groups.Add(param_group);
        foreach (var p in param_group.Parameters)
        {
            _all.Add(p);
            _state[p.Handle] = new NoState(p);
        }

        // New shapes: the buffers are rebuilt (a draw prefetched for the old shapes is dropped).
        _pending?.Wait();
        _pending = null;
        foreach (var t in _noise.Concat(_spare))
        {
            t.Dispose();
        }

        _noise = [];
        _spare = [];
    }

    /// <summary>Draws ξ with radius <paramref name="radius"/> into buffers shaped like the parameters and returns them (owned by this optimiser).</summary>
    protected IReadOnlyList<Tensor> DrawNoise(double radius)
    {
        if (_noise.Length == 0)
        {
            _noise = _all.Select(p => zeros_like(p).DetachFromDisposeScope()).ToArray();
        }

        if (_pending is not null)
        {
            // The next draw was started after the last step (PrefetchNoise): same generator calls in the same order,
            // so the same bits, drawn while the caller ran its forward and backward passes.
            _pending.GetAwaiter().GetResult();
            _pending = null;
            if (_pendingRadius == radius)
            {
                (_noise, _spare) = (_spare, _noise);
                return _noise;
            }

            throw new InvalidOperationException($"a draw for radius {_pendingRadius} was prefetched, but radius {radius} was asked for");
        }

        using (no_grad())
        {
            Noise.Sample(_noise, radius);
        }

        return _noise;
    }

    /// <summary>
    /// Starts the next <see cref="DrawNoise"/>(<paramref name="radius"/>) on a worker thread, into a second set of buffers,
    /// so that drawing ξ (d Gaussians through torch's generator, ~0.45 ms for the seed's MLP) overlaps the caller's forward
    /// and backward passes. The bits are those of drawing it when asked: the generator is used in the same order. Only
    /// when torch's intra-op threads leave a core free (set_num_threads below the core count, e.g. <c>--threads 1</c> on
    /// two cores); otherwise ξ is drawn when asked.
    /// </summary>
    protected void PrefetchNoise(double radius)
    {
        // Only with a core to spare: beside torch's own intra-op threads on every core, the worker slows each step
        // (measured on 2 cores with 2 torch threads: +111 % per epoch against +43 % drawing when asked).
        if (_pending is not null || !Noise.SupportsPrefetch || get_num_threads() >= Environment.ProcessorCount)
        {
            return;
        }

        if (_spare.Length == 0)
        {
            _spare = _all.Select(p => zeros_like(p).DetachFromDisposeScope()).ToArray();
        }

        var buffers = _spare;
        _pendingRadius = radius;
        _pending = Task.Run(() =>
        {
            using (no_grad())
            {
                Noise.Sample(buffers, radius);
            }
        });
    }

    /// <summary>x ← x + ξ with a fresh ξ of radius <paramref name="radius"/> (the perturbation of PGD and PAGD).</summary>
    protected void Perturb(double radius)
    {
        var xi = DrawNoise(radius);
        using var _ = no_grad();
        for (int i = 0; i < _all.Count; i++)
        {
            _all[i].add_(xi[i]);
        }
    }

    /// <summary>‖∇‖ over all parameters (missing gradients count as zero).</summary>
    protected double GradientNorm()
    {
        double s = 0;
        foreach (var p in _all)
        {
            using var g = p.grad;
            if (g is not null)
            {
                using var sq = g.square().sum();
                s += sq.ToDouble();
            }
        }

        return Math.Sqrt(s);
    }

    /// <summary>x ← x − lr_group·(∇ + ξ) for every parameter, with ξ from the last <see cref="DrawNoise"/> when <paramref name="withNoise"/>.</summary>
    protected void GradientStep(bool withNoise)
    {
        using var scope = NewDisposeScope();
        using var _ = no_grad();
        int index = 0;
        foreach (var group in _parameter_groups)
        {
            double lr = group.LearningRate;
            foreach (var p in group.Parameters)
            {
                var g = p.grad;
                if (g is not null)
                {
                    p.add_(g, alpha: -lr);
                }

                if (withNoise)
                {
                    p.add_(_noise[index], alpha: -lr);
                }

                index++;
            }
        }
    }

    /// <summary>Evaluates <paramref name="closure"/> with gradients enabled (the loss it returns, as a double).</summary>
    protected static double Evaluate(Func<Tensor> closure)
    {
        ArgumentNullException.ThrowIfNull(closure);
        using var _ = enable_grad();
        using var loss = closure();
        return loss.ToDouble();
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _pending?.Wait();
            foreach (var t in _spare)
            {
                t.Dispose();
            }

            foreach (var t in _noise)
            {
                t.Dispose();
            }

            _noise = [];
        }

        base.Dispose(disposing);
    }
}
