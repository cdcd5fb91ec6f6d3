using static TorchSharp.torch;

namespace SaddleEscape.Torch.Models;

/// <summary>Evaluates a <see cref="ClassificationLoss"/> and accuracy on logits.</summary>
public static class Losses
{
    /// <summary>The loss (a scalar tensor, differentiable) of <paramref name="logits"/> (N×K) against <paramref name="labels"/> (N, int64).</summary>
    public static Tensor Compute(ClassificationLoss loss, Tensor logits, Tensor labels)
    {
        ArgumentNullException.ThrowIfNull(logits);
        ArgumentNullException.ThrowIfNull(labels);
        return loss switch
        {
            ClassificationLoss.CrossEntropy => nn.functional.cross_entropy(logits, labels),
            ClassificationLoss.SquaredError => nn.functional.mse_loss(
                nn.functional.softmax(logits, 1),
                nn.functional.one_hot(labels, logits.shape[1]).to(logits.dtype)),
            _ => throw new ArgumentOutOfRangeException(nameof(loss), loss, "unknown loss"),
        };
    }

    /// <summary>Number of rows whose arg-max equals the label.</summary>
    public static long Correct(Tensor logits, Tensor labels)
    {
        ArgumentNullException.ThrowIfNull(logits);
        using var predicted = logits.argmax(1);
        using var equal = predicted.eq(labels);
        using var sum = equal.sum();
        return sum.item<long>();
    }

    /// <summary>The name <see cref="Parse"/> reads first: "mse" or "cross-entropy".</summary>
    public static string Name(ClassificationLoss loss) => loss == ClassificationLoss.CrossEntropy ? "cross-entropy" : "mse";

    /// <summary>Parses "mse"/"squared-error" or "cross-entropy".</summary>
    public static ClassificationLoss Parse(string name) => name switch
    {
        "mse" or "squared-error" => ClassificationLoss.SquaredError,
        "cross-entropy" or "ce" => ClassificationLoss.CrossEntropy,
        _ => throw new ArgumentException($"unknown loss '{name}' (known: mse, cross-entropy)"),
    };
}
