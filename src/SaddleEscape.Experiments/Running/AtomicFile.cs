using System.Text;

namespace SaddleEscape.Experiments.Running;

/// <summary>
/// The one way outputs reach the disk: written in full to a temporary file beside the target, flushed to the
/// device, then renamed over the target. A full disk, an I/O error or a kill mid-write leaves the previous file (or
/// none), never a truncated one; the temporary file is removed when the write fails.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> with <paramref name="write"/>, which fills the stream it is given.</summary>
    /// <exception cref="IOException">The write, the flush or the rename failed (the target is unchanged).</exception>
    /// <param name="path">The target.</param>
    /// <param name="write">Fills the stream.</param>
    /// <param name="unixMode">The mode the file is created with before the umask applies (default rw-rw-rw-; scripts ask for rwxrwxrwx).</param>
    public static void Write(string path, Action<Stream> write, UnixFileMode? unixMode = null)
    {
        ArgumentNullException.ThrowIfNull(write);
        Save(path, temporary =>
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 1 << 16 };
            if (unixMode is { } mode && !OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = mode; // open(2) applies the umask to it, as for any file a program creates
            }

            using var stream = new FileStream(temporary, options);
            write(stream);
        });
    }

    /// <summary>Writes <paramref name="text"/> (UTF-8, no byte-order mark) to <paramref name="path"/>.</summary>
    public static void WriteAllText(string path, string text, UnixFileMode? unixMode = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
            writer.Write(text);
        }, unixMode);
    }

    /// <summary>
    /// Lets <paramref name="saveTo"/> write a temporary file (for libraries that save to a path, such as a plot's
    /// <c>SavePng</c>), then flushes it to the device and renames it to <paramref name="path"/>.
    /// </summary>
    public static void Save(string path, Action<string> saveTo)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(saveTo);
        string full = Path.GetFullPath(path);
        string temporary = Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp{Path.GetExtension(full)}");
        try
        {
            saveTo(temporary);
            using (var written = new FileStream(temporary, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            {
                written.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: the write has already failed and says so.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
