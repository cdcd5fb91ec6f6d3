namespace SaddleEscape.Optimizers;

/// <summary>Descriptions shared by several optimisers' settings (attribute arguments must be constants).</summary>
internal static class SettingTexts
{
    public const string StepSize = "η; auto = the problem's suggested step (≈ 1/ℓ), else 1/(2·max|λ|) of the Hessian at the start by Lanczos (charged to the run)";
    public const string BatchSize = "mini-batch size for problems with a stochastic oracle";
    public const string NoiseDecay = "N_d: the noise is scaled by max(0, 1 − t/N_d), off from step N_d on, so runs end at a point the certificate can judge; 0 = constant noise (the paper's)";
    public const string StopOnFailedEscape = "return x̃ when an escape fails (the paper); false keeps going";
    public const int DefaultNoiseDecaySteps = 5_000;
}
