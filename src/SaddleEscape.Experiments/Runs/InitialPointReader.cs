using System.Globalization;
using System.Text.Json;

namespace SaddleEscape.Experiments.Runs;

/// <summary>Reads <c>--init FILE</c>: a JSON array of numbers, or numbers separated by commas, whitespace or newlines (CSV).</summary>
public static class InitialPointReader
{
    /// <summary>Reads a point of <paramref name="dimension"/> numbers; one clear <see cref="ArgumentException"/> otherwise.</summary>
    public static double[] Read(string path, int dimension)
    {
        if (!File.Exists(path))
        {
            throw new ArgumentException($"--init: file '{path}' does not exist");
        }

        string text = File.ReadAllText(path).Trim();
        double[] values;
        if (text.StartsWith('['))
        {
            try
            {
                values = JsonSerializer.Deserialize<double[]>(text) ?? [];
            }
            catch (JsonException e)
            {
                throw new ArgumentException($"--init: '{path}' is not a JSON array of numbers ({e.Message.Split('.')[0]})");
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
                    throw new ArgumentException($"--init: entry {i + 1} of '{path}' is not a number ('{tokens[i]}')");
                }
            }
        }

        if (values.Length != dimension)
        {
            throw new ArgumentException($"--init: '{path}' holds {values.Length} numbers, the problem has dimension {dimension}");
        }

        if (!values.All(double.IsFinite))
        {
            throw new ArgumentException($"--init: '{path}' holds a NaN or infinite entry");
        }

        return values;
    }
}
