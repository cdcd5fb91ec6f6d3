using SaddleEscape.Torch.Data;

namespace SaddleEscape.Experiments.Torch.Networks;

/// <summary>The image data the network experiments train on (Debian's Fashion-MNIST, or CIFAR-10 from a folder), loaded once per process.</summary>
public static class PaperData
{
    private static readonly Dictionary<string, (ImageDataset Train, ImageDataset Test)> Loaded = [];
    private static readonly Lock LoadGate = new();

    /// <summary>True when <paramref name="data"/> names a CIFAR-10 folder.</summary>
    public static bool IsCifar(string? data) => data is not null && Cifar10.IsAvailable(data);

    /// <summary>The training and test images of <paramref name="data"/> (Debian's Fashion-MNIST when null), loaded once per process.</summary>
    public static (ImageDataset Train, ImageDataset Test) Load(string? data)
    {
        string key = data ?? "";
        lock (LoadGate)
        {
            if (!Loaded.TryGetValue(key, out var sets))
            {
                sets = IsCifar(data) ? Cifar10.Load(data!) : FashionMnist.Load(data);
                Loaded[key] = sets;
            }

            return sets;
        }
    }
}
