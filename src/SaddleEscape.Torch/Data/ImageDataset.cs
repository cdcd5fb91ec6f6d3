namespace SaddleEscape.Torch.Data;

/// <summary>
/// Labelled images held in memory: pixels scaled to [0, 1], laid out N×C×H×W (row-major), labels 0…Classes−1.
/// </summary>
public sealed class ImageDataset
{
    /// <summary>Wraps <paramref name="pixels"/> (length N·C·H·W) and <paramref name="labels"/> (length N).</summary>
    public ImageDataset(float[] pixels, byte[] labels, int channels, int height, int width, int classes, string source)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        ArgumentNullException.ThrowIfNull(labels);
        if (pixels.Length != (long)labels.Length * channels * height * width)
        {
            throw new ArgumentException($"{source}: {pixels.Length} pixel values do not fit {labels.Length} images of {channels}×{height}×{width}");
        }

        Pixels = pixels;
        Labels = labels;
        Channels = channels;
        Height = height;
        Width = width;
        Classes = classes;
        Source = source;
    }

    /// <summary>Pixel values in [0, 1], N×C×H×W.</summary>
    public float[] Pixels { get; }

    /// <summary>Class labels.</summary>
    public byte[] Labels { get; }

    /// <summary>Number of images.</summary>
    public int Count => Labels.Length;

    /// <summary>Channels per image.</summary>
    public int Channels { get; }

    /// <summary>Image height.</summary>
    public int Height { get; }

    /// <summary>Image width.</summary>
    public int Width { get; }

    /// <summary>Number of classes.</summary>
    public int Classes { get; }

    /// <summary>Where the data came from (file names), for reports and error messages.</summary>
    public string Source { get; }

    /// <summary>Values per image, C·H·W.</summary>
    public int ImageSize => Channels * Height * Width;

    /// <summary>The first <paramref name="n"/> images (all when n ≥ Count): the quick experiments' subset.</summary>
    public ImageDataset Take(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        if (n >= Count)
        {
            return this;
        }

        return new ImageDataset(Pixels[..(n * ImageSize)], Labels[..n], Channels, Height, Width, Classes, $"{Source} (first {n})");
    }
}
