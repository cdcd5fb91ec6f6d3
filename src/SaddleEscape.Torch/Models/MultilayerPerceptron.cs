using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SaddleEscape.Torch.Models;

/// <summary>
/// Seed 004 §2's MLP: flatten → dense 128, sigmoid → dropout 0.25 → dense 32 → dense 10 (softmax in the loss).
/// The seed does not name the 32-unit layer's activation; we use sigmoid like the first. Widths and dropout
/// are parameters so that small networks (Hessian tests) use the same type. Returns logits.
/// </summary>
public sealed class MultilayerPerceptron : nn.Module<Tensor, Tensor>
{
    private readonly Sequential _layers;

    /// <summary>Input of <paramref name="inputSize"/> values, hidden widths <paramref name="hidden"/>, dropout after the first hidden layer.</summary>
    public MultilayerPerceptron(int inputSize, IReadOnlyList<int> hidden, int classes, double dropout)
        : base(nameof(MultilayerPerceptron))
    {
        ArgumentNullException.ThrowIfNull(hidden);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inputSize);
        if (dropout is < 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(dropout), dropout, "dropout must be in [0, 1)");
        }

        var modules = new List<(string, nn.Module<Tensor, Tensor>)> { ("flatten", nn.Flatten()) };
        int width = inputSize;
        for (int i = 0; i < hidden.Count; i++)
        {
            modules.Add(($"dense{i}", nn.Linear(width, hidden[i])));
            modules.Add(($"sigmoid{i}", nn.Sigmoid()));
            if (i == 0 && dropout > 0)
            {
                modules.Add(("dropout", nn.Dropout(dropout)));
            }

            width = hidden[i];
        }

        modules.Add(("output", nn.Linear(width, classes)));
        _layers = nn.Sequential(modules);
        RegisterComponents();
    }

    /// <summary>The seed's network for images of <paramref name="inputSize"/> values: 128 → dropout 0.25 → 32 → 10.</summary>
    public static MultilayerPerceptron FarrellQuinteroPena(int inputSize) => new(inputSize, [128, 32], 10, 0.25);

    /// <inheritdoc />
    public override Tensor forward(Tensor input) => _layers.forward(input);

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _layers.Dispose();
        }

        base.Dispose(disposing);
    }
}
