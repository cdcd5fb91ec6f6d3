using System.Buffers.Binary;

namespace SaddleEscape.Tests.Torch;

/// <summary>Small image sets written as IDX files in Fashion-MNIST's layout, so experiments can read them with <c>--data DIR</c>.</summary>
internal static class SyntheticImageFolder
{
    /// <summary>Two separable classes of 8×8 images (bright left half vs bright right half) with noise, as (pixels 0…255, labels).</summary>
    public static (byte[] Pixels, byte[] Labels) TwoHalves(int n, int seed)
    {
        var random = new Random(seed);
        var pixels = new byte[n * 64];
        var labels = new byte[n];
        for (int i = 0; i < n; i++)
        {
            labels[i] = (byte)(i % 2);
            for (int p = 0; p < 64; p++)
            {
                bool left = p % 8 < 4;
                double v = Math.Clamp(((left == (labels[i] == 0)) ? 0.7 : 0.2) + (0.1 * (random.NextDouble() - 0.5)), 0, 1);
                pixels[(i * 64) + p] = (byte)Math.Round(255 * v);
            }
        }

        return (pixels, labels);
    }

    /// <summary>Writes a training set of <paramref name="train"/> and a test set of <paramref name="test"/> images into a new temporary folder.</summary>
    public static string Create(int train, int test)
    {
        string dir = Directory.CreateTempSubdirectory("saddle-images-").FullName;
        Write(dir, "train", TwoHalves(train, 1));
        Write(dir, "t10k", TwoHalves(test, 2));
        return dir;
    }

    private static void Write(string dir, string prefix, (byte[] Pixels, byte[] Labels) set)
    {
        int n = set.Labels.Length;
        File.WriteAllBytes(Path.Combine(dir, $"{prefix}-images-idx3-ubyte"), Idx([n, 8, 8], set.Pixels));
        File.WriteAllBytes(Path.Combine(dir, $"{prefix}-labels-idx1-ubyte"), Idx([n], set.Labels));
    }

    /// <summary>An IDX file (magic 0x08 = unsigned bytes, then the dimensions big-endian, then the data).</summary>
    public static byte[] Idx(int[] dims, byte[] data)
    {
        var bytes = new byte[4 + (4 * dims.Length) + data.Length];
        bytes[2] = 0x08;
        bytes[3] = (byte)dims.Length;
        for (int i = 0; i < dims.Length; i++)
        {
            BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(4 + (4 * i)), dims[i]);
        }

        data.CopyTo(bytes, 4 + (4 * dims.Length));
        return bytes;
    }
}
