using SaddleEscape.Experiments.Running;
using System.Globalization;
using System.Text.Json;

namespace SaddleEscape.Experiments.Standalone;

/// <summary>Reads <c>--init FILE</c>: a JSON array of numbers, or numbers separated by commas, whitespace or newlines (CSV).</summary>
public static class InitialPointReader
{
    /// <summary>Reads a point of <paramref name="dimension"/> numbers; one clear <see cref="ArgumentException"/> naming <paramref name="option"/> otherwise.</summary>
    public static double[] Read(string path, int dimension, string option = "--init")
    {
        // A number takes at most ~25 characters and a separator: a file far larger cannot be a point of this dimension.
        string text = InputFile.ReadText(path, option, (64L * dimension) + (64 << 10), $"a point of {dimension} numbers").Trim();
        double[] values;
        if (text.StartsWith('['))
        {
            try
            {
                values = JsonSerializer.Deserialize<double[]>(text) ?? [];
            }
            catch (JsonException e)
            {
                throw new ArgumentException($"{option}: '{path}' is not a JSON array of numbers ({e.Message.Split('.')[0]})");
            }
        }
        else
        {
            var tokens = text.Split([',', ' ', '\t', '\r', '\n', ';'], StringSplitOptions.RemoveEmptyEntries);
            values = new double[tokens.Length];
            for (int i = 0; i < tokens.Length; i++)
            {
                if (!double.TryParse(tokens[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]))
                {
                    throw new ArgumentException($"{option}: entry {i + 1} of '{path}' is not a number ('{tokens[i]}')");
                }
            }
        }

        if (values.Length != dimension)
        {
            throw new ArgumentException($"{option}: '{path}' holds {values.Length} numbers, the problem has dimension {dimension}");
        }

        if (!values.All(double.IsFinite))
        {
            throw new ArgumentException($"{option}: '{path}' holds a NaN or infinite entry");
        }

        return values;
    }
}
