namespace SaddleEscape.Torch.Data;

/// <summary>
/// Fashion-MNIST (Xiao, Rasul &amp; Vollgraf 2017): 60 000 training and 10 000 test images, 28×28 grey, 10 classes,
/// in IDX files. Debian's <c>dataset-fashion-mnist</c> package installs them (gzip) under
/// <see cref="DefaultDirectory"/>; plain files with the same names (without <c>.gz</c>) are read too.
/// </summary>
public static class FashionMnist
{
    /// <summary>Where Debian's package puts the files.</summary>
    public const string DefaultDirectory = "/usr/share/datasets/fashion-mnist";

    /// <summary>The training and test sets from <paramref name="directory"/>; a clear error naming the missing file otherwise.</summary>
    public static (ImageDataset Train, ImageDataset Test) Load(string? directory = null)
    {
        string dir = directory ?? DefaultDirectory;
        if (!Directory.Exists(dir))
        {
            throw new DirectoryNotFoundException($"{dir}: Fashion-MNIST directory not found (on Debian: apt-get install dataset-fashion-mnist; or give --data DIR with the four IDX files)");
        }

        return (
            IdxReader.ReadImages(Find(dir, "train-images-idx3-ubyte"), Find(dir, "train-labels-idx1-ubyte")),
            IdxReader.ReadImages(Find(dir, "t10k-images-idx3-ubyte"), Find(dir, "t10k-labels-idx1-ubyte")));
    }

    /// <summary>Whether the files are at <paramref name="directory"/> (default: Debian's place).</summary>
    public static bool IsAvailable(string? directory = null)
    {
        string dir = directory ?? DefaultDirectory;
        return new[] { "train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte" }
            .All(n => File.Exists(Path.Combine(dir, n + ".gz")) || File.Exists(Path.Combine(dir, n)));
    }

    private static string Find(string dir, string name)
    {
        string gz = Path.Combine(dir, name + ".gz");
        return File.Exists(gz) ? gz : Path.Combine(dir, name);
    }
}
