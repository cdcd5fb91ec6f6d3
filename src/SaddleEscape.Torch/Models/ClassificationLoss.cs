using static TorchSharp.torch;

namespace SaddleEscape.Torch.Models;

/// <summary>
/// The training loss on logits. Seed 004 reports an "ℓ2 loss" with softmax outputs (Keras' mean squared error
/// between softmax(logits) and the one-hot label, averaged over classes and batch): <see cref="SquaredError"/>,
/// the default; <see cref="CrossEntropy"/> is the usual alternative.
/// </summary>
public enum ClassificationLoss
{
    /// <summary>mean over batch and classes of (softmax(z) − onehot(y))².</summary>
    SquaredError,

    /// <summary>mean over batch of −log softmax(z)_y.</summary>
    CrossEntropy,
}
