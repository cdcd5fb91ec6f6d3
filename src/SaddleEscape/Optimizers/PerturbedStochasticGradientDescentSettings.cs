namespace SaddleEscape.Optimizers;

/// <summary>The parameters of perturbed SGD / mini-batch PSGD (Jin et al. 2019; Farrell &amp; Quintero Peña, Alg. 4–5).</summary>
/// <param name="StepSize">η.</param>
/// <param name="Radius">r: ξ ~ N(0, (r²/d)·I), so E‖ξ‖² = r².</param>
/// <param name="BatchSize">Mini-batch size for problems with a stochastic oracle.</param>
/// <param name="NoiseDecaySteps">N_d: the noise is scaled by max(0, 1 − t/N_d); 0 keeps it constant.</param>
public sealed record PerturbedStochasticGradientDescentSettings(double StepSize, double Radius, int BatchSize = 1, long NoiseDecaySteps = 0) : IOptimizerSettings
{
    /// <summary>Throws one clear <see cref="ArgumentException"/> naming the first invalid parameter.</summary>
    public PerturbedStochasticGradientDescentSettings Validate()
    {
        ParameterGuard.Positive("psgd", "step_size", StepSize);
        ParameterGuard.NonNegative("psgd", "r", Radius);
        ParameterGuard.AtLeast("psgd", "batch_size", BatchSize, 1);
        ParameterGuard.AtLeast("psgd", "noise_decay_steps", NoiseDecaySteps, 0);
        return this;
    }
}
