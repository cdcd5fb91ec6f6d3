using System.Globalization;

namespace SaddleEscape.Experiments.Running;

/// <summary>
/// The one way a user's input file is read: it must exist, be a file and be no larger than the command can need
/// (checked before reading, so a 1 GB file given by mistake is refused instead of filling the memory); every failure
/// is one <see cref="ArgumentException"/> naming the option and the file.
/// </summary>
public static class InputFile
{
    /// <summary>The text of <paramref name="path"/>, given with <paramref name="option"/>, at most <paramref name="maxBytes"/> long.</summary>
    /// <param name="path">The file.</param>
    /// <param name="option">What named it, e.g. "--init" or "sweep file".</param>
    /// <param name="maxBytes">The largest size the command can need.</param>
    /// <param name="why">Why that is the limit, e.g. "a point of 10 numbers".</param>
    public static string ReadText(string path, string option, long maxBytes, string why)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            throw new ArgumentException($"{option}: '{path}' is a folder, not a file");
        }

        if (!File.Exists(path))
        {
            throw new ArgumentException($"{option}: file '{path}' does not exist");
        }

        try
        {
            long size = new FileInfo(path).Length;
            if (size > maxBytes)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{option}: '{path}' is {ResourceLimits.Bytes(size)}, more than the {ResourceLimits.Bytes(maxBytes)} that {why} can take"));
            }

            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ArgumentException($"{option}: cannot read '{path}': {e.Message.Split('\n')[0]}");
        }
    }
}
