using SaddleEscape.Experiments.Catalog;
using SaddleEscape.Experiments.Reporting;
using SaddleEscape.Landscape;
using SaddleEscape.Minimization;
using System.Globalization;

namespace SaddleEscape.Experiments.Standalone;

/// <summary>
/// <c>saddle slice</c>'s work: <see cref="PlaneSlice"/> of a catalogue problem, with optimiser paths (every iterate,
/// projected onto the plane) overlaid: slice.png, slice.csv and paths.csv.
/// </summary>
public static class SliceRun
{
    /// <summary>Computes the slice and the paths; one clear <see cref="ArgumentException"/> on bad input.</summary>
    public static (PlaneSlice Slice, IReadOnlyList<(string Optimizer, IReadOnlyList<(double Alpha, double Beta)> Path)> Paths, string Title) Compute(SliceSpecification spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var definition = ProblemCatalog.Get(spec.Problem);
        int dimension = spec.Dimension ?? definition.DefaultDimension;
        var problem = definition.Create(dimension, spec.Set, spec.Seed);
        var instance = problem.Instance;
        int n = instance.Objective.Dimension;
        double[] center = spec.Center switch
        {
            "origin" => new double[n],
            "start" => (double[])instance.Start.Clone(),
            _ => InitialPointReader.Read(spec.Center, n, "--center"),
        };
        double[] u, v;
        if (spec.Directions == "random")
        {
            (u, v) = PlaneSlice.RandomDirections(center, spec.Seed);
        }
        else if (spec.Directions == "axes")
        {
            var (i, j) = spec.Axes ?? (0, 1);
            if (i < 0 || j < 0 || i >= n || j >= n || i == j)
            {
                throw new ArgumentException($"--axes must name two different coordinates in [0, {n - 1}] (got {i},{j})");
            }

            (u, v) = (new double[n], new double[n]);
            (u[i], v[j]) = (1, 1);
        }
        else
        {
            throw new ArgumentException($"--directions must be axes or random (got '{spec.Directions}')");
        }

        if (spec.Resolution < 2 || spec.Resolution > 1000)
        {
            throw new ArgumentException($"--resolution must be in [2, 1000] (got {spec.Resolution})");
        }

        var slice = PlaneSlice.Compute(instance.Objective, center, u, v, spec.Range, spec.Resolution);
        var start = spec.InitFile is null ? instance.Start : InitialPointReader.Read(spec.InitFile, n);
        var paths = new List<(string, IReadOnlyList<(double, double)>)>();
        foreach (var name in spec.Optimizers ?? [])
        {
            var optimizer = OptimizerCatalog.Get(name).Create([], problem);
            var points = new List<double[]>();
            int every = (int)Math.Max(1, spec.MaxIterations / 2000);
            var result = Minimizer.Run(instance.CreateOracle(), instance.Manifold, optimizer, start, new MinimizerOptions
            {
                Seed = spec.Seed,
                Certificate = null,
                Stop = StoppingRule.AfterIterations(spec.MaxIterations) | StoppingRule.WhenGradientNormBelow(1e-10),
                ProgressEvery = every,
                Progress = p => points.Add((double[])p.Point.Clone()),
            });
            points.Add(result.X);
            paths.Add((name, slice.Project(points)));
        }

        string title = $"{spec.Problem} (d = {dimension}): f on the plane through {(spec.Center is "origin" or "start" ? spec.Center : "the given point")}, {(spec.Directions == "axes" ? $"axes {spec.Axes ?? (0, 1)}" : "random filter-normalized directions")}";
        return (slice, paths, title);
    }

    /// <summary>Writes slice.png, slice.csv (alpha, beta, value) and paths.csv (optimizer, step, alpha, beta).</summary>
    public static void Write(string directory, PlaneSlice slice, IReadOnlyList<(string Optimizer, IReadOnlyList<(double Alpha, double Beta)> Path)> paths, string title)
    {
        ArgumentNullException.ThrowIfNull(slice);
        ArgumentNullException.ThrowIfNull(paths);
        Directory.CreateDirectory(directory);
        var grid = new CsvTable("alpha", "beta", "value");
        for (int j = 0; j < slice.Betas.Length; j++)
        {
            for (int i = 0; i < slice.Alphas.Length; i++)
            {
                grid.Row(Numbers.Csv(slice.Alphas[i]), Numbers.Csv(slice.Betas[j]), Numbers.Csv(slice.Values[j, i]));
            }
        }

        grid.Save(Path.Combine(directory, "slice.csv"));
        var table = new CsvTable("optimizer", "point", "alpha", "beta");
        foreach (var (name, path) in paths)
        {
            for (int k = 0; k < path.Count; k++)
            {
                table.Row(name, k.ToString(CultureInfo.InvariantCulture), Numbers.Csv(path[k].Alpha), Numbers.Csv(path[k].Beta));
            }
        }

        table.Save(Path.Combine(directory, "paths.csv"));
        SlicePlot.Save(Path.Combine(directory, "slice.png"), title, slice, paths);
    }
}
