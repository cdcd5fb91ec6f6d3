namespace SaddleEscape.Optimizers;

/// <summary>The parameters of noisy SGD with noise uniform on a sphere (Ge, Huang, Jin &amp; Yuan 2015, Alg. 1).</summary>
/// <param name="StepSize">η.</param>
/// <param name="NoiseRadius">Radius of the sphere the noise n is uniform on (1 in the paper).</param>
/// <param name="BatchSize">Mini-batch size for problems with a stochastic oracle.</param>
/// <param name="NoiseDecaySteps">N_d: the noise is scaled by max(0, 1 − t/N_d); 0 keeps it constant (the paper's).</param>
/// <param name="AmbientNoise">On manifolds, draw the noise in the ambient space and project the point (Ge et al. 2015, the default) rather than in the tangent space.</param>
public sealed record NoisyStochasticGradientDescentSettings(double StepSize, double NoiseRadius = 1, int BatchSize = 1, long NoiseDecaySteps = 0, bool AmbientNoise = true) : IOptimizerSettings
{
    /// <summary>Throws one clear <see cref="ArgumentException"/> naming the first invalid parameter.</summary>
    public NoisyStochasticGradientDescentSettings Validate()
    {
        ParameterGuard.Positive("noisy-sgd", "step_size", StepSize);
        ParameterGuard.NonNegative("noisy-sgd", "noise_radius", NoiseRadius);
        ParameterGuard.AtLeast("noisy-sgd", "batch_size", BatchSize, 1);
        ParameterGuard.AtLeast("noisy-sgd", "noise_decay_steps", NoiseDecaySteps, 0);
        return this;
    }
}
