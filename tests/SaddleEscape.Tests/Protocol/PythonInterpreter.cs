using System.Diagnostics;

namespace SaddleEscape.Tests.Protocol;

/// <summary>
/// A python3 for the protocol tests: the first of <c>python3</c> on the PATH and Debian's <c>/usr/bin/python3</c> that
/// imports the modules a test needs (a pyenv shim on the PATH may lack Debian's NumPy/SciPy).
/// </summary>
internal static class PythonInterpreter
{
    private static readonly string[] Candidates = ["python3", "/usr/bin/python3"];

    /// <summary>The interpreter's path or name, or null when none imports all of <paramref name="modules"/>.</summary>
    public static string? Find(params string[] modules)
    {
        foreach (string candidate in Candidates)
        {
            var (code, _) = Run(candidate, ["-c", "import sys; " + string.Join("; ", modules.Select(m => "import " + m).DefaultIfEmpty("pass"))], null, TimeSpan.FromSeconds(60));
            if (code == 0)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Why a test needing <paramref name="modules"/> is skipped, or null when an interpreter has them.</summary>
    public static string? Missing(params string[] modules) => Find(modules) is null
        ? $"no python3 (on the PATH or /usr/bin) imports {string.Join(", ", modules.DefaultIfEmpty("sys"))}; .ci/run installs python3 python3-numpy python3-scipy python3-torch"
        : null;

    /// <summary>Runs <paramref name="program"/> and returns its exit status and its stdout and stderr together (-1 when it cannot start).</summary>
    public static (int Code, string Output) Run(string program, IEnumerable<string> arguments, string? directory, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = directory ?? Environment.CurrentDirectory,
        };
        foreach (string a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        try
        {
            using var process = Process.Start(info)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                return (-2, "timed out");
            }

            return (process.ExitCode, stdout.Result + stderr.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }
}
