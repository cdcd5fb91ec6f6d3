using System.Text;

namespace SaddleEscape.Benchmarking;

/// <summary>The name a solver run as a command gets in records and reports, derived from its argument vector.</summary>
public static class SolverCommandName
{
    /// <summary>
    /// The name derived from an argument vector: the file name of the script (the first argument ending in .py, .sh, .jl,
    /// .R, .rb, .js or .pl, else the program), lower-cased, '_' as '-', without a trailing "-solver", followed by the
    /// arguments after it up to the first option: <c>python3 peers/scipy_solver.py trust-ncg</c> is <c>scipy-trust-ncg</c>.
    /// </summary>
    public static string FromArguments(IReadOnlyList<string> argv)
    {
        ArgumentNullException.ThrowIfNull(argv);
        string[] scripts = [".py", ".sh", ".jl", ".r", ".rb", ".js", ".pl"];
        int at = Enumerable.Range(0, argv.Count).FirstOrDefault(i => scripts.Any(s => argv[i].EndsWith(s, StringComparison.OrdinalIgnoreCase)));
        string stem = Path.GetFileNameWithoutExtension(argv[at]).ToLowerInvariant().Replace('_', '-');
        if (stem.EndsWith("-solver", StringComparison.Ordinal) && stem.Length > "-solver".Length)
        {
            stem = stem[..^"-solver".Length];
        }

        var words = new List<string> { stem };
        words.AddRange(argv.Skip(at + 1).TakeWhile(a => !a.StartsWith('-')));
        var name = new StringBuilder();
        foreach (char c in string.Join('-', words).ToLowerInvariant())
        {
            name.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '-');
        }

        string result = name.ToString().Trim('-', '.', '_');
        return result.Length == 0 ? "process" : result.Length > 64 ? result[..64] : result;
    }

    /// <summary>
    /// The names of several commands' solvers, each <see cref="FromArguments"/>, a repeated name followed by <c>-2</c>,
    /// <c>-3</c>, … so that every solver of a run has its own name, none equal to one of <paramref name="taken"/>.
    /// </summary>
    public static IReadOnlyList<string> Distinct(IEnumerable<IReadOnlyList<string>> commands, IEnumerable<string> taken)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var used = new HashSet<string>(taken, StringComparer.Ordinal);
        var names = new List<string>();
        foreach (var argv in commands)
        {
            string name = FromArguments(argv);
            string candidate = name;
            for (int k = 2; !used.Add(candidate); k++)
            {
                candidate = $"{name}-{k}";
            }

            names.Add(candidate);
        }

        return names;
    }
}
