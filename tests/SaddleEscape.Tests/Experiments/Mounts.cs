using System.Diagnostics;

namespace SaddleEscape.Tests.Experiments;

/// <summary>Mounts for fault injection (root only): a small tmpfs, a read-only view of a folder.</summary>
internal sealed class Mounts : IDisposable
{
    private readonly List<string> _mounted = [];

    /// <summary>Mounts a tmpfs of <paramref name="kilobytes"/> KB at <paramref name="folder"/>.</summary>
    public void Tmpfs(string folder, int kilobytes)
    {
        Directory.CreateDirectory(folder);
        Run("mount", "-t", "tmpfs", "-o", $"size={kilobytes}k", "tmpfs", folder);
        _mounted.Add(folder);
    }

    /// <summary>Shows <paramref name="source"/> read-only at <paramref name="folder"/>.</summary>
    public void ReadOnly(string source, string folder)
    {
        Directory.CreateDirectory(folder);
        Run("mount", "--bind", source, folder);
        _mounted.Add(folder);
        Run("mount", "-o", "remount,bind,ro", folder);
    }

    /// <summary>Fills <paramref name="folder"/>'s file system until <paramref name="freeBytes"/> are left; returns the filler file.</summary>
    public static string Fill(string folder, long freeBytes)
    {
        string filler = Path.Combine(folder, "filler");
        long fill = new DriveInfo(folder).AvailableFreeSpace - freeBytes;
        using (var stream = new FileStream(filler, FileMode.Create))
        {
            stream.Write(new byte[Math.Max(0, fill)]);
        }

        return filler;
    }

    public void Dispose()
    {
        foreach (string folder in Enumerable.Reverse(_mounted))
        {
            Run("umount", "-l", folder);
        }
    }

    private static void Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true })!;
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)}: {error}");
    }
}
