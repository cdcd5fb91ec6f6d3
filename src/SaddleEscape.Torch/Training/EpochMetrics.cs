namespace SaddleEscape.Torch.Training;

/// <summary>Loss and accuracy on the training and test sets after one epoch (evaluation mode: no dropout).</summary>
/// <param name="Epoch">1-based epoch.</param>
/// <param name="TrainLoss">Mean training loss.</param>
/// <param name="TrainAccuracy">Training accuracy in [0, 1].</param>
/// <param name="TestLoss">Mean test loss.</param>
/// <param name="TestAccuracy">Test accuracy in [0, 1].</param>
public sealed record EpochMetrics(int Epoch, double TrainLoss, double TrainAccuracy, double TestLoss, double TestAccuracy);
