using SaddleEscape.Cli;
using SaddleEscape.Experiments.Hosting;
using SaddleEscape.Experiments.Running;
using System.Diagnostics;

namespace SaddleEscape.Tests;

/// <summary>Runs <c>saddle</c> in this process (stdout and stderr captured) or as a child process of the built apphost.</summary>
internal static class CliRun
{
    /// <summary>The built <c>saddle</c> beside the tests.</summary>
    public static string Saddle => Path.Combine(AppContext.BaseDirectory, "saddle");

    /// <summary>Runs the command line in this process (tests using it belong to the "console" collection).</summary>
    public static (int Code, string Out, string Error) InProcess(params string[] args) => InProcess(LeanExperiments.Registry, args);

    /// <summary>Runs the command line of a program with the experiments of <paramref name="experiments"/> in this process.</summary>
    public static (int Code, string Out, string Error) InProcess(ExperimentRegistry experiments, params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var (oldOut, oldError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            int code = SaddleCommandLine.Run(args, experiments);
            return (code, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }

    /// <summary>Runs the built <c>saddle</c> to the end.</summary>
    public static (int Code, string Out, string Error) Child(string? workingDirectory, params string[] args)
    {
        using var child = Start(workingDirectory, args);
        var stdout = child.StandardOutput.ReadToEndAsync();
        string stderr = child.StandardError.ReadToEnd();
        child.WaitForExit();
        return (child.ExitCode, stdout.Result, stderr);
    }

    /// <summary>Starts the built <c>saddle</c> with its output redirected.</summary>
    public static Process Start(string? workingDirectory, params string[] args) =>
        Process.Start(new ProcessStartInfo(Saddle, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        })!;

    /// <summary>The lines a failing command printed on stderr: exactly one, "saddle: …", with no stack trace.</summary>
    public static string OneLine(string error)
    {
        string text = error.TrimEnd();
        Assert.False(text.Contains("   at ", StringComparison.Ordinal) || text.Contains("Unhandled exception", StringComparison.Ordinal), $"a stack trace:\n{text}");
        Assert.DoesNotContain('\n', text);
        Assert.StartsWith("saddle: ", text, StringComparison.Ordinal);
        return text;
    }

    /// <summary>The last line a command printed on stderr, checked to be "saddle: …" with no stack trace anywhere before it.</summary>
    public static string LastLine(string error)
    {
        Assert.False(error.Contains("   at ", StringComparison.Ordinal) || error.Contains("Unhandled exception", StringComparison.Ordinal), $"a stack trace:\n{error}");
        string last = error.TrimEnd().Split('\n')[^1];
        Assert.StartsWith("saddle: ", last, StringComparison.Ordinal);
        return last;
    }

    /// <summary>Every file and folder under <paramref name="root"/> with its size and time, to show that nothing was written.</summary>
    public static IReadOnlyList<string> Snapshot(string root) =>
        Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories)
            .Select(p => File.Exists(p) ? $"{p} {new FileInfo(p).Length} {File.GetLastWriteTimeUtc(p):O}" : p + "/")
            .Order(StringComparer.Ordinal)
            .ToList();
}
