using SaddleEscape.Optimizers;

namespace SaddleEscape.LandscapeDesign;

/// <summary>
/// The schedule of <see cref="StagedSgd"/> (Ge, Lee &amp; Ma 2018, Sec. 4): SGD with fresh samples at η₀ for
/// <paramref name="Plateau"/> steps, then <paramref name="Stages"/> stages of <paramref name="DecayEvery"/> steps, the step
/// multiplied by <see cref="DecayFactor"/> = ¼ at each (the paper: d = 50, plateau 10 000, decay every 5 000).
/// </summary>
/// <param name="StepSize">η₀, the step of the plateau.</param>
/// <param name="BatchSize">Fresh samples per SGD step.</param>
/// <param name="Plateau">Steps at η₀.</param>
/// <param name="DecayEvery">Steps per decayed stage.</param>
/// <param name="Stages">Decays (×¼ each); 0 runs the plateau only, at constant η₀.</param>
/// <param name="CheckpointEvery">Steps between recorded (risk, e(Q)) checkpoints.</param>
public sealed record StagedSgdSettings(double StepSize, int BatchSize, long Plateau, long DecayEvery, int Stages, int CheckpointEvery)
{
    /// <summary>The factor each decay multiplies the step by (the paper's ×¼).</summary>
    public const double DecayFactor = 0.25;

    /// <summary>Steps of the whole run: plateau plus the decayed stages.</summary>
    public long TotalIterations => Plateau + (Stages * DecayEvery);

    /// <summary>The step of stage <paramref name="stage"/> (0 = the plateau): η₀·¼^stage.</summary>
    public double StepSizeAt(int stage) => StepSize * Math.Pow(DecayFactor, stage);

    /// <summary>The length of stage <paramref name="stage"/>: the plateau, then <see cref="DecayEvery"/>.</summary>
    public long LengthOf(int stage) => stage == 0 ? Plateau : DecayEvery;

    /// <summary>Throws one clear <see cref="ArgumentException"/> naming the first invalid parameter.</summary>
    public StagedSgdSettings Validate()
    {
        ParameterGuard.Positive(Owner, "step_size", StepSize);
        ParameterGuard.AtLeast(Owner, "batch_size", BatchSize, 1);
        ParameterGuard.AtLeast(Owner, "plateau", Plateau, 1);
        ParameterGuard.AtLeast(Owner, "decay_every", DecayEvery, 1);
        ParameterGuard.AtLeast(Owner, "stages", Stages, 0);
        ParameterGuard.AtLeast(Owner, "checkpoint_every", CheckpointEvery, 1);
        return this;
    }

    private const string Owner = "staged-sgd";
}
