using SaddleEscape.Torch.Data;
using System.Buffers.Binary;
using System.IO.Compression;

namespace SaddleEscape.Tests.Torch;

public sealed class DataReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("saddle-data-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static byte[] Idx(int[] dims, byte[] data) => SyntheticImageFolder.Idx(dims, data);

    private string Write(string name, byte[] bytes, bool gzip = false)
    {
        string path = Path.Combine(_dir, name);
        if (gzip)
        {
            using var file = File.Create(path);
            using var gz = new GZipStream(file, CompressionLevel.Fastest);
            gz.Write(bytes);
        }
        else
        {
            File.WriteAllBytes(path, bytes);
        }

        return path;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ReadsImagesAndLabelsPlainOrGzip(bool gzip)
    {
        var pixels = Enumerable.Range(0, 3 * 2 * 4).Select(i => (byte)(i * 10)).ToArray();
        string ext = gzip ? ".gz" : "";
        string images = Write("img" + ext, Idx([3, 2, 4], pixels), gzip);
        string labels = Write("lab" + ext, Idx([3], [7, 0, 9]), gzip);
        var set = IdxReader.ReadImages(images, labels);
        Assert.Equal(3, set.Count);
        Assert.Equal((1, 2, 4), (set.Channels, set.Height, set.Width));
        Assert.Equal(new byte[] { 7, 0, 9 }, set.Labels);
        Assert.Equal(230 / 255f, set.Pixels[23], 6);
    }

    [Fact]
    public void RejectsTruncatedCorruptAndMissingFilesNamingThem()
    {
        string truncated = Write("trunc", Idx([3, 2, 4], new byte[24])[..20]);
        var e1 = Assert.Throws<InvalidDataException>(() => IdxReader.Read(truncated));
        Assert.Contains(truncated, e1.Message, StringComparison.Ordinal);
        Assert.Contains("truncated", e1.Message, StringComparison.Ordinal);

        string magic = Write("magic", [1, 2, 3, 4, 5, 6, 7, 8]);
        var e2 = Assert.Throws<InvalidDataException>(() => IdxReader.Read(magic));
        Assert.Contains(magic, e2.Message, StringComparison.Ordinal);

        string badGzip = Write("bad.gz", [0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
        var e3 = Assert.ThrowsAny<Exception>(() => IdxReader.Read(badGzip));
        Assert.Contains(badGzip, e3.Message, StringComparison.Ordinal);

        var e4 = Assert.Throws<FileNotFoundException>(() => IdxReader.Read(Path.Combine(_dir, "none")));
        Assert.Contains("none", e4.Message, StringComparison.Ordinal);

        string labels = Write("lab", Idx([2], [1, 2]));
        string images = Write("img", Idx([3, 1, 1], [1, 2, 3]));
        var e5 = Assert.Throws<InvalidDataException>(() => IdxReader.ReadImages(images, labels));
        Assert.Contains("2 labels for 3 images", e5.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsCifarRecordsAndRejectsPartialOnes()
    {
        var record = new byte[3073];
        record[0] = 3;
        record[1] = 255;       // red (0, 0)
        record[1 + 1024] = 51; // green (0, 0)
        string file = Write("test_batch.bin", [.. record, .. record]);
        var set = Cifar10.ReadBatches([file]);
        Assert.Equal(2, set.Count);
        Assert.Equal((3, 32, 32), (set.Channels, set.Height, set.Width));
        Assert.Equal(1f, set.Pixels[0]);
        Assert.Equal(0.2f, set.Pixels[1024], 6);
        Assert.Equal(3, set.Labels[1]);

        string partial = Write("data_batch_1.bin", record[..3000]);
        var e = Assert.Throws<InvalidDataException>(() => Cifar10.ReadBatches([partial]));
        Assert.Contains("data_batch_1.bin", e.Message, StringComparison.Ordinal);
        Assert.Throws<DirectoryNotFoundException>(() => Cifar10.Load(Path.Combine(_dir, "nope")));
    }
}
