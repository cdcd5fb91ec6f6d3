using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SaddleEscape.Torch.Optim;

/// <summary>
/// Factory methods in the style of <c>torch.optim</c> for the saddle-escaping optimisers:
/// <code>
/// var opt = SaddleOptim.PSGD(model.parameters(), lr: 0.01, r: 0.015, seed: 1);
/// // in the loop: opt.zero_grad(); loss.backward(); opt.step();
/// </code>
/// </summary>
public static class SaddleOptim
{
    /// <summary>Mini-batch perturbed SGD (Farrell &amp; Quintero Peña 2019 Alg. 5): ξ ~ N(0, (r²/d)·I) added to each mini-batch gradient.</summary>
    public static PerturbedSGD PSGD(IEnumerable<Parameter> parameters, double lr, double r, long seed = 0) =>
        new(Groups(parameters), lr, r, new PerturbationNoise(PerturbationKind.Gaussian, seed));

    /// <summary>PSGD with parameter groups (each may set its own learning rate).</summary>
    public static PerturbedSGD PSGD(IEnumerable<ParamGroup> groups, double lr, double r, long seed = 0) =>
        new(groups, lr, r, new PerturbationNoise(PerturbationKind.Gaussian, seed));

    /// <summary>Noisy SGD (Ge et al. 2015; Goyal &amp; Ullah Alg. 1): ξ uniform on the sphere of radius r.</summary>
    public static PerturbedSGD NoisySGD(IEnumerable<Parameter> parameters, double lr, double r, long seed = 0) =>
        new(Groups(parameters), lr, r, new PerturbationNoise(PerturbationKind.Sphere, seed));

    /// <summary>Perturbed GD (Jin et al. 2017, Alg. 1) for full-batch training; <c>step</c> needs a closure.</summary>
    public static PerturbedGD PGD(IEnumerable<Parameter> parameters, double lr, double r, double gThres, double fThres, long tThres, long seed = 0) =>
        new(Groups(parameters), lr, r, gThres, fThres, tThres, new PerturbationNoise(PerturbationKind.Ball, seed));

    /// <summary>Perturbed accelerated GD with NCE (Jin, Netrapalli &amp; Jordan 2018, Alg. 2); <c>step</c> needs a closure.</summary>
    public static PerturbedAGD PAGD(IEnumerable<Parameter> parameters, double lr, double theta, double gamma, double s, double r, double epsilon, long interval, long seed = 0, bool nce = true) =>
        new(Groups(parameters), lr, theta, gamma, s, r, epsilon, interval, new PerturbationNoise(PerturbationKind.Ball, seed), nce);

    private static ParamGroup[] Groups(IEnumerable<Parameter> parameters) => [new ParamGroup { Parameters = parameters.ToArray() }];
}
