using SaddleEscape.Cli;
using SaddleEscape.Experiments.Running;

namespace SaddleEscape.Tests.Cli;

/// <summary>The one mapping from an exception to an exit code and a line (issue 22).</summary>
public sealed class FaultsTests
{
    [Fact]
    public void EachKindOfFaultHasItsCodeAndOneLine()
    {
        Assert.Equal(2, Faults.Describe(new ArgumentException("--dim must be ≥ 1 (Parameter 'dim')")).Code);
        Assert.Equal("--dim must be ≥ 1", Faults.Describe(new ArgumentException("--dim must be ≥ 1 (Parameter 'dim')")).Line);
        Assert.Equal(4, Faults.Describe(new ResultsStoreException("results store x: damaged")).Code);
        Assert.Equal(4, Faults.Describe(new IOException("No space left on device : '/x/y.png'", 28)).Code);
        Assert.Contains("no space left on the device", Faults.Describe(new IOException("No space left on device : '/x/y.png'", 28)).Line, StringComparison.Ordinal);
        Assert.Equal(4, Faults.Describe(new UnauthorizedAccessException("Access to the path '/x' is denied.")).Code);
        Assert.Equal(4, Faults.Describe(new OutOfMemoryException()).Code);
        Assert.Equal(130, Faults.Describe(new OperationCanceledException()).Code);
        Assert.Equal(1, Faults.Describe(new InvalidOperationException("3 of 48 jobs have no stored result")).Code);
    }

    [Fact]
    public void AFaultInsideParallelJobsIsReportedAsItself()
    {
        // Parallel.ForEach wraps a job's exception; a store fault in one job and cancellations in the others.
        var aggregate = new AggregateException(new OperationCanceledException(), new AggregateException(new ResultsStoreException("results store s: storing a finished job: the disk is full")));
        var (code, line) = Faults.Describe(aggregate);
        Assert.Equal(4, code);
        Assert.Equal("results store s: storing a finished job: the disk is full", line);
    }

    [Fact]
    public void AnUnexpectedExceptionIsOneLineNamingALogFileWithItsTrace()
    {
        Exception bug;
        try
        {
            throw new NullReferenceException("something was null\nsecond line");
        }
        catch (NullReferenceException e)
        {
            bug = e;
        }

        var (code, line) = Faults.Describe(bug);
        Assert.Equal(1, code);
        Assert.StartsWith("internal error (NullReferenceException: something was null); details in ", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', line);
        string log = line[(line.IndexOf("details in ", StringComparison.Ordinal) + "details in ".Length)..];
        try
        {
            Assert.Contains(nameof(AnUnexpectedExceptionIsOneLineNamingALogFileWithItsTrace), File.ReadAllText(log), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(log);
        }
    }
}
