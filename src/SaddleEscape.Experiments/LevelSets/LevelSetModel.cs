using MathNet.Numerics.Distributions;
using SaddleEscape.Numerics;
using SaddleEscape.Problems;

namespace SaddleEscape.Experiments.LevelSets;

/// <summary>
/// The two regression landscapes of the level-sets experiment, on data the tool generates: <c>cubic</c>, a width-10
/// ReLU network fitting y = x³ − x/2 on 200 points uniform on [−1, 1] (the lecture's "cubic polynomial" case), and
/// <c>teacher</c>, a width-8 ReLU network fitting a width-3 ReLU teacher on 500 Gaussian points in R⁵.
/// </summary>
public static class LevelSetModel
{
    /// <summary>The model names.</summary>
    public static IReadOnlyList<string> Names { get; } = ["cubic", "teacher"];

    /// <summary>The landscape of <paramref name="name"/> with its data drawn from <paramref name="seed"/>.</summary>
    public static TwoLayerReluRegression Create(string name, int seed)
    {
        var random = SeedStreams.Random(seed, "level-set-data-" + name);
        switch (name)
        {
            case "cubic":
                {
                    var x = Enumerable.Range(0, 200).Select(_ => (2 * random.NextDouble()) - 1).ToArray();
                    return new TwoLayerReluRegression(10, 1, x, [.. x.Select(v => (v * v * v) - (0.5 * v))]);
                }

            case "teacher":
                {
                    const int n = 500, d = 5, k = 3;
                    var x = new double[n * d];
                    Normal.Samples(random, x, 0, 1);
                    var w = new double[k * d];
                    Normal.Samples(random, w, 0, 1 / Math.Sqrt(d));
                    var y = new double[n];
                    for (int s = 0; s < n; s++)
                    {
                        for (int j = 0; j < k; j++)
                        {
                            double z = 0;
                            for (int i = 0; i < d; i++)
                            {
                                z += w[(j * d) + i] * x[(s * d) + i];
                            }

                            y[s] += Math.Max(0, z);
                        }
                    }

                    return new TwoLayerReluRegression(8, d, x, y);
                }

            default:
                throw new ArgumentException($"unknown level-set model '{name}' (known: {string.Join(", ", Names)})");
        }
    }

    /// <summary>A He-style random start: W, a ~ N(0, 2/fan-in), b = c = 0.</summary>
    public static double[] RandomStart(TwoLayerReluRegression model, int inputDimension, int seed)
    {
        ArgumentNullException.ThrowIfNull(model);
        var random = SeedStreams.Random(seed, "level-set-start");
        int m = model.Width;
        var theta = new double[model.Dimension];
        var normal = new Normal(0, 1, random);
        for (int i = 0; i < m * inputDimension; i++)
        {
            theta[i] = normal.Sample() * Math.Sqrt(2.0 / inputDimension);
        }

        for (int j = 0; j < m; j++)
        {
            theta[(m * (inputDimension + 1)) + j] = normal.Sample() * Math.Sqrt(2.0 / m);
        }
        return theta;
    }

    /// <summary>The input dimension d of <paramref name="name"/>.</summary>
    public static int InputDimension(string name) => name == "cubic" ? 1 : 5;
}
