using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SaddleEscape.Torch.Optim;

/// <summary>
/// Perturbed SGD as a TorchSharp optimiser: x ← x − lr·(g + ξ), the noise added to the (mini-batch) gradient
/// <em>before</em> the learning-rate scale, a fresh ξ every step. With Gaussian noise this is PSGD / mini-batch
/// PSGD (Jin et al. 2019; Farrell &amp; Quintero Peña 2019 Alg. 4–5, ξ ~ N(0, (r²/d)·I)); with sphere noise Ge et al.'s noisy SGD
/// (Goyal &amp; Ullah Alg. 1). Use the factories of <see cref="SaddleOptim"/>.
/// </summary>
public sealed class PerturbedSGD : NoisyOptimizer
{
    /// <summary>Parameter groups, default learning rate, radius r and noise (its kind sets the algorithm).</summary>
    public PerturbedSGD(IEnumerable<ParamGroup> groups, double learningRate, double radius, PerturbationNoise noise)
        : base(groups, learningRate, radius, noise)
    {
    }

    /// <summary>One step; <paramref name="closure"/>, if given, is called first (it should zero, compute and backpropagate the loss).</summary>
    public override Tensor step(Func<Tensor>? closure = null)
    {
        Tensor? loss = null;
        if (closure is not null)
        {
            using var _ = enable_grad();
            loss = closure();
        }

        if (Radius > 0)
        {
            DrawNoise(Radius);
        }

        GradientStep(withNoise: Radius > 0);
        Iteration++;
        if (Radius > 0)
        {
            PrefetchNoise(Radius);
        }

        return loss!;
    }
}
