namespace SaddleEscape.Torch.Optim;

/// <summary>The distribution of a perturbation ξ of the whole parameter vector (all groups together, d coordinates).</summary>
public enum PerturbationKind
{
    /// <summary>ξ ~ N(0, (r²/d)·I): perturbed SGD (Jin et al. 2019; Farrell &amp; Quintero Peña 2019 Alg. 4–5), E‖ξ‖² = r².</summary>
    Gaussian,

    /// <summary>ξ uniform on the sphere of radius r: noisy SGD (Ge et al. 2015, Goyal &amp; Ullah Alg. 1).</summary>
    Sphere,

    /// <summary>ξ uniform in the ball of radius r: perturbed GD (Jin et al. 2017, Farrell &amp; Quintero Peña 2019 Alg. 1).</summary>
    Ball,
}
