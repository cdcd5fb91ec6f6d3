using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SaddleEscape.Torch.Models;

/// <summary>
/// Seed 004 §2's VGG3-style CNN: three blocks of conv 3×3 (same padding) + ReLU + 2×2 max-pool + dropout, with
/// 32/64/128 filters and dropout 0.2, 0.3, 0.4; then flatten, dense 128 + ReLU, dropout 0.2, dense 10 (softmax
/// in the loss). The seed gives the block structure and the dropout range, not the filter counts; it also calls
/// the network 22 layers deep, which would fit two convolutions per block (and batch normalisation) — we keep
/// one, as the seed's text describes. Returns logits.
/// </summary>
public sealed class Vgg3Network : nn.Module<Tensor, Tensor>
{
    private readonly Sequential _layers;

    /// <summary>For images of <paramref name="channels"/>×<paramref name="height"/>×<paramref name="width"/>.</summary>
    public Vgg3Network(int channels, int height, int width, int classes = 10)
        : base(nameof(Vgg3Network))
    {
        var modules = new List<(string, nn.Module<Tensor, Tensor>)>();
        int[] filters = [32, 64, 128];
        double[] dropouts = [0.2, 0.3, 0.4];
        int c = channels, h = height, w = width;
        for (int b = 0; b < 3; b++)
        {
            modules.Add(($"conv{b}", nn.Conv2d(c, filters[b], 3, padding: 1)));
            modules.Add(($"relu{b}", nn.ReLU()));
            modules.Add(($"pool{b}", nn.MaxPool2d(2)));
            modules.Add(($"dropout{b}", nn.Dropout(dropouts[b])));
            c = filters[b];
            h /= 2;
            w /= 2;
        }

        if (h < 1 || w < 1)
        {
            throw new ArgumentException($"images of {height}×{width} are too small for three 2×2 poolings");
        }

        modules.Add(("flatten", nn.Flatten()));
        modules.Add(("dense", nn.Linear(c * h * w, 128)));
        modules.Add(("relu", nn.ReLU()));
        modules.Add(("dropout", nn.Dropout(0.2)));
        modules.Add(("output", nn.Linear(128, classes)));
        _layers = nn.Sequential(modules);
        RegisterComponents();
    }

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
