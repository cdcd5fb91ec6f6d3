using SaddleEscape.Cli;
using SaddleEscape.Experiments.Hosting;
using SaddleEscape.Experiments.Running;
using SaddleEscape.Experiments.Torch;
using System.Diagnostics;

namespace SaddleEscape.Tests.Cli;

/// <summary>
/// The lean <c>saddle</c> tool (no TorchSharp) and <c>saddle-torch</c> (every saddle command plus the network
/// experiments): the lean one sends the network experiments to the other in one line and says what <c>all</c> skipped.
/// </summary>
[Collection("console")]
public sealed class TwoToolsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("saddle-tools-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Error) RunCapturingError(string[] args, ExperimentRegistry experiments)
    {
        var error = new StringWriter();
        var old = Console.Error;
        Console.SetError(error);
        try
        {
            return (SaddleCommandLine.Run(args, experiments), error.ToString().TrimEnd());
        }
        finally
        {
            Console.SetError(old);
        }
    }

    [Theory]
    [InlineData("reproduce psgd-mlp --quick")]
    [InlineData("reproduce psgd-cnn")]
    [InlineData("reproduce spectra --quick --processes 2")]
    [InlineData("slurm psgd-mlp --shards 2 --out /tmp/x")]
    [InlineData("experiments psgd-mlp")]
    public void TheLeanToolSaysInOneLineThatANetworkExperimentLivesInSaddleTorchAndHowToGetIt(string commandLine)
    {
        var (code, error) = RunCapturingError(commandLine.Split(' '), LeanExperiments.Registry);
        Assert.Equal(2, code);
        Assert.DoesNotContain('\n', error);
        Assert.StartsWith($"saddle: {commandLine.Split(' ')[1]} is a network experiment", error, StringComparison.Ordinal);
        Assert.Contains("saddle-torch", error, StringComparison.Ordinal);
        Assert.Contains("dotnet tool install -g SaddleEscape.Tool.Torch", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReproduceAllSaysWhichExperimentsItSkippedAndWhy()
    {
        var registry = new ExperimentRegistry([], [new ExperimentElsewhere("net-x", "in another tool (install it)")]);
        string output = ConsoleCapture.Run(() => Assert.Equal(0, SaddleCommandLine.Run(["reproduce", "all", "--quick", "--out", _dir], registry)));
        Assert.Contains("net-x: skipped — in another tool (install it)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void TheLeanToolLeavesOutExactlyTheNetworkExperimentsAndSaddleTorchAddsThemInTheIndexOrder()
    {
        var network = NetworkExperiments.All.Select(e => e.Name).ToList();
        Assert.Equal(LeanExperiments.NetworkExperimentNames, network);
        Assert.Equal(network, LeanExperiments.Registry.Elsewhere.Select(x => x.Name));
        Assert.DoesNotContain(LeanExperiments.Registry.All, e => network.Contains(e.Name));
        Assert.Equal(LeanExperiments.Registry.Order, NetworkExperiments.Registry.All.Select(e => e.Name));
        Assert.Empty(NetworkExperiments.Registry.Elsewhere);
        Assert.Equal(network, NetworkExperiments.Registry.All.TakeLast(network.Count).Select(e => e.Name));
    }

    [Theory]
    [InlineData("reproduce psgd-mlp --quick --data /nonexistent/fashion")]
    [InlineData("reproduce psgd-mlp --quick --set epochs=0")]
    [InlineData("reproduce psgd-mlp --quick --set color=blue")]
    [InlineData("reproduce psgd-mlp --quick --processes 2 --data /nonexistent/fashion")]
    [InlineData("reproduce spectra --quick --set starts=0")]
    [InlineData("reproduce nothing-like-this")]
    public void SaddleTorchChecksTheNetworkExperimentsArguments(string commandLine)
    {
        var (code, error) = RunCapturingError(commandLine.Split(' '), NetworkExperiments.Registry);
        Assert.Equal(2, code);
        Assert.StartsWith("saddle: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error);
        Assert.DoesNotContain("saddle-torch", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSaddleTorchProgramListsEveryExperimentAndRunsTheLeanCommands()
    {
        string saddleTorch = Path.Combine(AppContext.BaseDirectory, "saddle-torch");
        var start = new ProcessStartInfo(saddleTorch, ["experiments"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var child = Process.Start(start)!;
        string stdout = child.StandardOutput.ReadToEnd();
        string stderr = child.StandardError.ReadToEnd();
        child.WaitForExit();
        Assert.True(child.ExitCode == 0, stdout + stderr);
        Assert.All(LeanExperiments.Registry.Order, name => Assert.Contains($"\n{name}: ", "\n" + stdout, StringComparison.Ordinal));
        Assert.DoesNotContain("not in this tool", stdout, StringComparison.Ordinal);
    }
}
