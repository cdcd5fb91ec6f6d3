namespace SaddleEscape.Torch.Optim;

/// <summary>The distribution of a perturbation ξ of the whole parameter vector (all groups together, d coordinates).</summary>
public enum PerturbationKind
{
    /// <summary>ξ ~ N(0, (r²/d)·I): perturbed SGD (Jin et al. 2019; seed 004 Alg. 4–5), E‖ξ‖² = r².</summary>
    Gaussian,

    /// <summary>ξ uniform on the sphere of radius r: noisy SGD (Ge et al. 2015, seed 000 Alg. 1).</summary>
    Sphere,

    /// <summary>ξ uniform in the ball of radius r: perturbed GD (Jin et al. 2017, seed 004 Alg. 1).</summary>
    Ball,
}
