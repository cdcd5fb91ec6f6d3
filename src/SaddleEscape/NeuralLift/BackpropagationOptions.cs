namespace SaddleEscape.NeuralLift;

/// <summary>Settings of <see cref="BackpropagationTrainer"/>: Adam (Kingma &amp; Ba 2015) on mini-batches with early stopping.</summary>
/// <param name="LearningRate">Adam's step size α.</param>
/// <param name="BatchSize">Mini-batch size.</param>
/// <param name="MaxEpochs">Epoch cap.</param>
/// <param name="Patience">Stop after this many epochs without a new best validation error; the best parameters are kept.</param>
/// <param name="Restarts">Independent random initialisations; the one with the least validation error is returned.</param>
/// <param name="ValidationFraction">Share of the samples held out for early stopping and the choice among restarts.</param>
public sealed record BackpropagationOptions(
    double LearningRate = 0.01, int BatchSize = 32, int MaxEpochs = 300, int Patience = 20, int Restarts = 3, double ValidationFraction = 0.2)
{
    /// <summary>Throws one clear <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public BackpropagationOptions Validate()
    {
        if (!(LearningRate > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(LearningRate), LearningRate, "the learning rate must be positive");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1, nameof(BatchSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxEpochs, 1, nameof(MaxEpochs));
        ArgumentOutOfRangeException.ThrowIfLessThan(Patience, 1, nameof(Patience));
        ArgumentOutOfRangeException.ThrowIfLessThan(Restarts, 1, nameof(Restarts));
        if (!(ValidationFraction > 0 && ValidationFraction < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(ValidationFraction), ValidationFraction, "the validation fraction must be in (0, 1)");
        }

        return this;
    }
}
