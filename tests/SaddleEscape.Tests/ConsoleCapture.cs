namespace SaddleEscape.Tests;

/// <summary>Runs an action with Console.Out redirected and returns what it wrote (tests using it belong to the "console" collection).</summary>
internal static class ConsoleCapture
{
    public static string Run(Action action)
    {
        var output = new StringWriter();
        var old = Console.Out;
        Console.SetOut(output);
        try
        {
            action();
        }
        finally
        {
            Console.SetOut(old);
        }

        return output.ToString();
    }
}
