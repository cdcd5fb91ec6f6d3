using SaddleEscape.Torch.Experiments;
using ScottPlot;

namespace SaddleEscape.Cli;

/// <summary>Mean ± one standard deviation per epoch for every optimiser, one line and a translucent band each.</summary>
internal static class TrainingCurvePlot
{
    public static void MeanAndSpread(string path, IReadOnlyList<TrainingRun> runs, string yLabel, string title, Func<EpochMetrics, double> pick)
    {
        var plot = new Plot();
        plot.XLabel("epoch");
        plot.YLabel(yLabel);
        plot.Title(title);
        var palette = new ScottPlot.Palettes.Category10();
        int k = 0;
        foreach (var group in runs.GroupBy(r => r.Radius).OrderBy(g => g.Key))
        {
            var (epochs, mean, std) = Statistics(group.ToArray(), pick);
            var color = palette.GetColor(k++);
            if (group.Count() > 1)
            {
                var band = plot.Add.FillY(epochs, mean.Zip(std, (m, s) => m - s).ToArray(), mean.Zip(std, (m, s) => m + s).ToArray());
                band.FillColor = color.WithAlpha(0.15);
                band.LineWidth = 0;
            }

            var line = plot.Add.ScatterLine(epochs, mean);
            line.Color = color;
            line.LineWidth = 2;
            line.LegendText = group.First().Optimizer;
        }

        plot.ShowLegend(Alignment.LowerRight);
        plot.SavePng(path, 900, 520);
    }

    /// <summary>Per epoch: mean and sample standard deviation over the runs.</summary>
    public static (double[] Epochs, double[] Mean, double[] Std) Statistics(IReadOnlyList<TrainingRun> runs, Func<EpochMetrics, double> pick)
    {
        int n = runs.Min(r => r.Epochs.Count);
        var epochs = new double[n];
        var mean = new double[n];
        var std = new double[n];
        for (int e = 0; e < n; e++)
        {
            var values = runs.Select(r => pick(r.Epochs[e])).ToArray();
            epochs[e] = e + 1;
            mean[e] = values.Average();
            std[e] = values.Length > 1 ? Math.Sqrt(values.Sum(v => (v - mean[e]) * (v - mean[e])) / (values.Length - 1)) : 0;
        }

        return (epochs, mean, std);
    }
}
