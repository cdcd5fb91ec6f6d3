using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace SaddleEscape.Cli;

/// <summary><c>--help</c> of every command ends with two or three runnable examples.</summary>
internal static class HelpExamples
{
    private static readonly Dictionary<Command, string[]> Examples = [];

    /// <summary>Attaches <paramref name="examples"/> to <paramref name="command"/> and returns it.</summary>
    public static T With<T>(this T command, params string[] examples) where T : Command
    {
        Examples[command] = examples;
        return command;
    }

    /// <summary>The examples of <paramref name="command"/> (empty when it has none).</summary>
    public static IReadOnlyList<string> Of(Command command) => Examples.TryGetValue(command, out var e) ? e : [];

    /// <summary>Makes the help option of <paramref name="root"/> print the examples after the usual help.</summary>
    public static void Install(RootCommand root)
    {
        var help = root.Options.OfType<HelpOption>().First();
        help.Action = new Action((HelpAction)help.Action!);
    }

    private sealed class Action(HelpAction inner) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            int code = inner.Invoke(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.CommandResult.Command is RootCommand)
            {
                output.WriteLine("Exit codes:");
                foreach (var line in ExitCodes.Help)
                {
                    output.WriteLine($"  {line}");
                }

                output.WriteLine();
            }

            var examples = Of(parseResult.CommandResult.Command);
            if (examples.Count > 0)
            {
                output.WriteLine("Examples:");
                foreach (var e in examples)
                {
                    output.WriteLine($"  {e}");
                }

                output.WriteLine();
            }

            return code;
        }
    }
}
