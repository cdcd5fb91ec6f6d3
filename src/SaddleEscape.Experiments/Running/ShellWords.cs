using System.Globalization;
using System.Text;

namespace SaddleEscape.Experiments.Running;

/// <summary>
/// Quoting for the bash scripts <c>saddle</c> writes: every value becomes exactly one word, whatever it holds. Plain
/// words stay as they are; others are single-quoted; a value with a control character (a newline above all) is written
/// in bash's <c>$'…'</c> form with the character escaped, so that no raw newline of a value ever reaches a script.
/// </summary>
public static class ShellWords
{
    /// <summary>One shell word that bash reads back as exactly <paramref name="value"/>.</summary>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || "/._-=,:+@%".Contains(c, StringComparison.Ordinal)))
        {
            return value;
        }

        if (!value.Any(char.IsControl))
        {
            return "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
        }

        var sb = new StringBuilder("$'");
        foreach (char c in value)
        {
            sb.Append(c switch
            {
                '\\' => "\\\\",
                '\'' => "\\'",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => c.ToString(),
            });
        }

        return sb.Append('\'').ToString();
    }

    /// <summary>
    /// The words of <paramref name="command"/> — split at spaces, with '…', "…" and a backslash grouping as in the shell,
    /// but nothing expanded — each quoted again with <see cref="Quote"/>: a command given by the user runs as the
    /// program and arguments it names, never as shell code.
    /// </summary>
    /// <exception cref="ArgumentException">An unbalanced quote, a control character, or no word at all.</exception>
    public static string Requote(string command, string option) => string.Join(' ', Split(command, option).Select(Quote));

    /// <summary>
    /// The words of <paramref name="command"/> as a program's argument vector: split at spaces, with '…', "…" and a
    /// backslash grouping as in the shell, nothing expanded (no variables, globs, pipes or redirections): what a child
    /// process started without a shell receives.
    /// </summary>
    /// <exception cref="ArgumentException">An unbalanced quote, a control character, or no word at all.</exception>
    public static IReadOnlyList<string> Split(string command, string option)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Any(char.IsControl))
        {
            throw new ArgumentException($"{option} must be one line without control characters");
        }

        var words = new List<string>();
        var word = new StringBuilder();
        bool inWord = false;
        char quote = '\0';
        bool escaped = false;
        foreach (char c in command)
        {
            if (escaped)
            {
                word.Append(c);
                escaped = false;
            }
            else if (c == '\\' && quote != '\'')
            {
                (escaped, inWord) = (true, true);
            }
            else if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c is '\'' or '"')
            {
                (quote, inWord) = (c, true);
            }
            else if (c == ' ')
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    (word, inWord) = (new StringBuilder(), false);
                }
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (quote != '\0' || escaped)
        {
            throw new ArgumentException($"{option}: unbalanced {(escaped ? '\\' : quote)} in '{command}'");
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words.Count > 0 ? words : throw new ArgumentException($"{option} is empty");
    }
}
