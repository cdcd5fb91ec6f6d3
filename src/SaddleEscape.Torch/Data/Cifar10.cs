namespace SaddleEscape.Torch.Data;

/// <summary>
/// CIFAR-10's binary version (Krizhevsky 2009; <c>cifar-10-batches-bin</c>): files data_batch_1…5.bin and
/// test_batch.bin, each a sequence of 3 073-byte records — one label byte (0…9), then 1 024 red, 1 024 green
/// and 1 024 blue bytes of a 32×32 image. Missing files, or sizes that are not a whole number of records,
/// raise an error naming the file.
/// </summary>
public static class Cifar10
{
    private const int RecordSize = 1 + (3 * 32 * 32);

    /// <summary>The 50 000 training and 10 000 test images from <paramref name="directory"/>.</summary>
    public static (ImageDataset Train, ImageDataset Test) Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"{directory}: CIFAR-10 directory not found (expected cifar-10-batches-bin with data_batch_1.bin … test_batch.bin)");
        }

        var train = ReadBatches(Enumerable.Range(1, 5).Select(i => Path.Combine(directory, $"data_batch_{i}.bin")).ToArray());
        var test = ReadBatches([Path.Combine(directory, "test_batch.bin")]);
        return (train, test);
    }

    /// <summary>Whether <paramref name="directory"/> holds CIFAR-10's binary files.</summary>
    public static bool IsAvailable(string directory) => File.Exists(Path.Combine(directory, "test_batch.bin"));

    /// <summary>Reads and concatenates the given batch files.</summary>
    public static ImageDataset ReadBatches(IReadOnlyList<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var labels = new List<byte>();
        var pixels = new List<float>();
        foreach (string file in files)
        {
            if (!File.Exists(file))
            {
                throw new FileNotFoundException($"{file}: file not found", file);
            }

            var bytes = File.ReadAllBytes(file);
            if (bytes.Length == 0 || bytes.Length % RecordSize != 0)
            {
                throw new InvalidDataException($"{file}: {bytes.Length} bytes is not a whole number of {RecordSize}-byte CIFAR-10 records (truncated or not a CIFAR-10 batch)");
            }

            for (int r = 0; r < bytes.Length; r += RecordSize)
            {
                if (bytes[r] > 9)
                {
                    throw new InvalidDataException($"{file}: record {r / RecordSize} has label {bytes[r]} (CIFAR-10 labels are 0…9)");
                }

                labels.Add(bytes[r]);
                for (int k = 1; k < RecordSize; k++)
                {
                    pixels.Add(bytes[r + k] / 255f);
                }
            }
        }

        return new ImageDataset([.. pixels], [.. labels], 3, 32, 32, 10, string.Join(" + ", files.Select(Path.GetFileName)));
    }
}
