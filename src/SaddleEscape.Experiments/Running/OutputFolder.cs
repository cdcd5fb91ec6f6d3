namespace SaddleEscape.Experiments.Running;

/// <summary>
/// Checks, before any work, that an output folder can be created and written — without leaving anything behind: the
/// nearest folder that exists must be a folder (not a file) in which a file can be created (one is, and removed).
/// </summary>
public static class OutputFolder
{
    /// <summary>Throws one <see cref="ArgumentException"/> naming <paramref name="option"/> when <paramref name="path"/> cannot hold the outputs.</summary>
    /// <param name="path">The folder asked for (it need not exist yet).</param>
    /// <param name="option">The option that named it, e.g. "--out".</param>
    /// <exception cref="IOException">The disk is full (an environment fault, not a bad argument).</exception>
    public static void Check(string? path, string option)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException($"{option} must name a folder (got an empty value)");
        }

        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new ArgumentException($"{option} '{path}' is not a usable path ({e.Message})");
        }

        if (File.Exists(full))
        {
            throw new ArgumentException($"{option} '{path}' is a file, not a folder");
        }

        string existing = full;
        while (!Directory.Exists(existing))
        {
            if (File.Exists(existing))
            {
                throw new ArgumentException($"{option} '{path}': '{existing}' is a file, so the folder cannot be created");
            }

            existing = Path.GetDirectoryName(existing) ?? throw new ArgumentException($"{option} '{path}' has no existing parent folder");
        }

        string probe = Path.Combine(existing, $".saddle-write-test-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception e) when ((e is IOException or UnauthorizedAccessException) && !StorageFaults.IsDiskFull(e))
        {
            string where = existing == full ? "" : $" (in '{existing}', where it would be created)";
            string why = e switch
            {
                UnauthorizedAccessException => "permission denied or a read-only file system",
                FileNotFoundException or DirectoryNotFoundException => "the file system there does not take new files",
                _ => e.Message.Split('\n')[0].Replace($" : '{probe}'", "", StringComparison.Ordinal).Replace(probe, "a test file", StringComparison.Ordinal),
            };
            throw new ArgumentException($"{option} '{path}' cannot be written{where}: {why}");
        }
    }
}
