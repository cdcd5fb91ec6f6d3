namespace SaddleEscape.NeuralLift;

/// <summary>How NN-LIFT decomposes the whitened tensor (Goyal &amp; Ullah §3.4).</summary>
public enum LiftDecomposition
{
    /// <summary>Noisy gradient descent on max_{‖u‖=1} T(u,u,u) with deflation (Proc. 5).</summary>
    NoisyGradient,

    /// <summary>The robust tensor power method with SVD-based starts and deflation (Alg. 6).</summary>
    PowerMethod,
}
