using System.Buffers.Binary;
using System.IO.Compression;

namespace SaddleEscape.Torch.Data;

/// <summary>
/// Reads the IDX format of MNIST-style data sets (LeCun et al.): a big-endian header — two zero bytes, the
/// element type (0x08 = unsigned byte), the number of dimensions — then one big-endian int32 per dimension and
/// the data. Plain or gzip-compressed (<c>.gz</c>). Missing, truncated or corrupt files raise
/// <see cref="InvalidDataException"/> / <see cref="FileNotFoundException"/> with one message naming the file.
/// </summary>
public static class IdxReader
{
    /// <summary>Reads an unsigned-byte IDX file: its dimensions and its data.</summary>
    public static (int[] Dimensions, byte[] Data) Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: file not found", path);
        }

        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        try
        {
            var header = new byte[4];
            if (ReadFully(stream, header) < 4)
            {
                throw new InvalidDataException($"{path}: truncated IDX header");
            }

            if (header[0] != 0 || header[1] != 0 || header[2] != 0x08 || header[3] is 0 or > 4)
            {
                throw new InvalidDataException($"{path}: not an unsigned-byte IDX file (magic 0x{BinaryPrimitives.ReadUInt32BigEndian(header):X8})");
            }

            var dims = new int[header[3]];
            var four = new byte[4];
            long total = 1;
            for (int i = 0; i < dims.Length; i++)
            {
                if (ReadFully(stream, four) < 4)
                {
                    throw new InvalidDataException($"{path}: truncated IDX header");
                }

                dims[i] = BinaryPrimitives.ReadInt32BigEndian(four);
                if (dims[i] <= 0)
                {
                    throw new InvalidDataException($"{path}: dimension {i} is {dims[i]}");
                }

                total *= dims[i];
            }

            if (total > Array.MaxLength)
            {
                throw new InvalidDataException($"{path}: {total} elements is too many");
            }

            var data = new byte[total];
            int got = ReadFully(stream, data);
            if (got < total)
            {
                throw new InvalidDataException($"{path}: truncated: header promises {total} bytes of data ({string.Join("×", dims)}), found {got}");
            }

            return (dims, data);
        }
        catch (InvalidDataException e) when (!e.Message.StartsWith(path, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{path}: corrupt gzip stream ({e.Message})", e);
        }
    }

    /// <summary>
    /// An image set from an images file (N×H×W) and a labels file (N): pixels scaled to [0, 1], one channel.
    /// </summary>
    public static ImageDataset ReadImages(string imagesPath, string labelsPath, int classes = 10)
    {
        var (imageDims, pixels) = Read(imagesPath);
        if (imageDims.Length != 3)
        {
            throw new InvalidDataException($"{imagesPath}: expected 3 dimensions (N×H×W), found {imageDims.Length}");
        }

        var (labelDims, labels) = Read(labelsPath);
        if (labelDims.Length != 1)
        {
            throw new InvalidDataException($"{labelsPath}: expected 1 dimension (N), found {labelDims.Length}");
        }

        if (labelDims[0] != imageDims[0])
        {
            throw new InvalidDataException($"{labelsPath}: {labelDims[0]} labels for {imageDims[0]} images in {imagesPath}");
        }

        foreach (byte label in labels)
        {
            if (label >= classes)
            {
                throw new InvalidDataException($"{labelsPath}: label {label} outside 0…{classes - 1}");
            }
        }

        var scaled = new float[pixels.Length];
        for (int i = 0; i < pixels.Length; i++)
        {
            scaled[i] = pixels[i] / 255f;
        }

        return new ImageDataset(scaled, labels, 1, imageDims[1], imageDims[2], classes, $"{Path.GetFileName(imagesPath)} + {Path.GetFileName(labelsPath)}");
    }

    internal static int ReadFully(Stream stream, Span<byte> buffer)
    {
        int total = 0;
        while (total < buffer.Length)
        {
            int n = stream.Read(buffer[total..]);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }
}
