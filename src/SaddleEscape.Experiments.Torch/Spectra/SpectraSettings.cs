using SaddleEscape.Settings;

namespace SaddleEscape.Experiments.Torch.Spectra;

/// <summary>Settings of the spectra experiment: Hessian spectra at deep-linear critical points and at the end of SGD and PSGD on the MLP.</summary>
/// <param name="Width">Deep-linear: layer width d.</param>
/// <param name="Depth">Deep-linear: layers K.</param>
/// <param name="Starts">Deep-linear: starts of the critical-point finder.</param>
/// <param name="Epochs">MLP: epochs (Farrell &amp; Quintero Peña's setting otherwise: batch 128, η = 0.01, squared error on softmax).</param>
/// <param name="TrainSubset">MLP: training images used (0 = all 60 000).</param>
/// <param name="Trials">MLP: trials per optimiser.</param>
/// <param name="Radius">MLP: PSGD's radius r.</param>
/// <param name="HessianBatch">MLP: training images in the Hessian's batch.</param>
/// <param name="HessianSteps">MLP: Lanczos steps per SLQ probe.</param>
/// <param name="HessianProbes">MLP: SLQ probes.</param>
/// <param name="NetworkData">True when Fashion-MNIST is there (otherwise the MLP part is skipped and the report says so).</param>
/// <param name="Data">Fashion-MNIST folder (null: Debian's).</param>
/// <param name="BaseSeed">Seed of everything.</param>
public sealed record SpectraSettings(
    int Width,
    int Depth,
    [property: Setting("starts", "deep-linear: starts of the critical-point finder", Minimum = 1)] int Starts,
    [property: Setting("epochs", "MLP: epochs", Minimum = 1)] int Epochs,
    [property: Setting("train_subset", "MLP: training images (0 = all)", Minimum = 0)] int TrainSubset,
    [property: Setting("trials", "MLP: trials per optimiser", Minimum = 1)] int Trials,
    [property: Setting("r", "MLP: PSGD's radius", Positive = true)] double Radius,
    int HessianBatch,
    int HessianSteps,
    int HessianProbes,
    bool NetworkData = true,
    string? Data = null,
    int BaseSeed = 0)
{
    /// <summary>The zero tolerance of the MLP's eigenvalue shares (as in psgd-mlp).</summary>
    public const double ZeroTolerance = 1e-4;

    /// <summary>30 deep-linear starts; the MLP 3 epochs on 5 000 images, one trial each.</summary>
    public static SpectraSettings Quick { get; } = new(3, 3, 30, 3, 5_000, 1, 0.015, 1_000, 40, 3);

    /// <summary>200 deep-linear starts; the MLP 40 epochs on all images, two trials each.</summary>
    public static SpectraSettings Full { get; } = new(3, 3, 200, 40, 0, 2, 0.015, 2_000, 80, 6);
}
