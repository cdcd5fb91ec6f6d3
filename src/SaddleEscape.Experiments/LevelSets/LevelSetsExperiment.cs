using SaddleEscape.Experiments.Catalog;
using SaddleEscape.Experiments.Configuration;
using SaddleEscape.Experiments.Reporting;
using SaddleEscape.Experiments.Running;
using SaddleEscape.Landscape;
using SaddleEscape.Problems;
using System.Globalization;
using System.Numerics.Tensors;

namespace SaddleEscape.Experiments.LevelSets;

/// <summary>
/// Freeman &amp; Bruna 2017's level-set experiment (Bruna 2018, lecture 10, "Numerical experiments"): for two small ReLU
/// regressions and several energy levels u₀, train pairs of networks from independent initialisations until E ≤ u₀, connect
/// them inside {E ≤ u₀} by dynamic string sampling, and report whether they connect and the path's normalised length
/// against u₀.
/// </summary>
public sealed class LevelSetsExperiment : Experiment<LevelSetsSettings, LevelSetsJob, LevelSetsRecord, LevelSetsSummary>
{
    /// <summary>Heavy-ball learning rate of the end points' training.</summary>
    public const double LearningRate = 0.01;

    /// <summary>Heavy-ball momentum.</summary>
    public const double Momentum = 0.9;

    /// <inheritdoc />
    public override string Name => "level-sets";

    /// <inheritdoc />
    public override string Title => "Level-set connectivity and geodesic length of small ReLU regressions (dynamic string sampling)";

    /// <inheritdoc />
    public override int Version => 1;

    /// <inheritdoc />
    public override IReadOnlyList<ParameterSpec> SettingKeys { get; } = SettingsBinder.ExperimentSpecs(LevelSetsSettings.Full, LevelSetsSettings.Quick);

    /// <inheritdoc />
    public override LevelSetsSettings Settings(ExperimentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var s = WithOverrides(request, (request.Quick ? LevelSetsSettings.Quick : LevelSetsSettings.Full) with { BaseSeed = request.Seed });
        return s with { CubicLevels = Positive(s.CubicLevels, "cubic_levels"), TeacherLevels = Positive(s.TeacherLevels, "teacher_levels") };
    }

    /// <inheritdoc />
    public override IReadOnlyList<LevelSetsJob> Jobs(LevelSetsSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return [.. from model in LevelSetModel.Names
                   from level in settings.LevelsOf(model)
                   from pair in Enumerable.Range(0, settings.Pairs)
                   select new LevelSetsJob(model, level, pair, settings.BaseSeed, settings.MaxBeads, settings.TrainSteps)];
    }

    /// <inheritdoc />
    protected override string PartOf(LevelSetsJob job) => job.Model;

    /// <inheritdoc />
    protected override string LabelOf(LevelSetsJob job) => $"{job.Model} u₀={Invariant(job.Level)} pair {job.Pair}";

    /// <inheritdoc />
    public override LevelSetsRecord Run(LevelSetsJob job, JobContext context)
    {
        ArgumentNullException.ThrowIfNull(job);
        var model = LevelSetModel.Create(job.Model, job.DataSeed);
        int d = LevelSetModel.InputDimension(job.Model);
        var first = Train(model, LevelSetModel.RandomStart(model, d, (2 * job.Pair) + 1000 * (job.DataSeed + 1)), job.Level, job.TrainSteps);
        var second = Train(model, LevelSetModel.RandomStart(model, d, (2 * job.Pair) + 1 + 1000 * (job.DataSeed + 1)), job.Level, job.TrainSteps);
        if (first is null || second is null)
        {
            return new LevelSetsRecord(job.Model, job.Level, job.Pair, false, false, double.NaN, double.NaN, 0, double.NaN);
        }

        var path = DynamicStringSampling.Connect(model, first, second, job.Level, new StringSamplingOptions(MaxBeads: job.MaxBeads, StepSize: 0.02, MaxPullSteps: 20_000));
        return new LevelSetsRecord(job.Model, job.Level, job.Pair, true, path.Connected, path.NormalizedLength, path.MaxEnergy / job.Level, path.BeadsInserted,
            TensorPrimitives.Distance(first, second));
    }

    /// <inheritdoc />
    public override LevelSetsSummary Analyze(LevelSetsSettings settings, IReadOnlyList<JobResult<LevelSetsJob, LevelSetsRecord>> results)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(results);
        var runs = results.Select(r => r.Record).ToList();
        var cells = (from model in LevelSetModel.Names
                     from level in settings.LevelsOf(model)
                     let strings = runs.Where(r => r.Model == model && r.Level == level && r.EndPointsReached).ToList()
                     let connected = strings.Where(r => r.Connected).Select(r => r.NormalizedLength).ToList()
                     select new LevelSetsCell(model, level, strings.Count, connected.Count,
                         connected.Count == 0 ? double.NaN : Statistics.Median(connected),
                         connected.Count == 0 ? double.NaN : Statistics.Quantile(connected, 0.25),
                         connected.Count == 0 ? double.NaN : Statistics.Quantile(connected, 0.75),
                         strings.Count == 0 ? double.NaN : Statistics.Median(strings.Select(r => (double)r.Beads)))).ToList();
        return new LevelSetsSummary(settings, runs, cells, LevelSetsVerdicts.Decide(cells));
    }

    /// <inheritdoc />
    public override string Report(LevelSetsSummary summary, ReportContext context) => LevelSetsReport.Write(summary, context);

    /// <summary>Heavy-ball gradient descent from <paramref name="theta"/> until E ≤ <paramref name="level"/> (that point), or null within the budget.</summary>
    public static double[]? Train(TwoLayerReluRegression model, double[] theta, double level, int maxSteps)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(theta);
        var g = new double[theta.Length];
        var velocity = new double[theta.Length];
        for (int t = 0; t < maxSteps; t++)
        {
            if (model.ValueAndGradient(theta, g) <= level)
            {
                return theta;
            }

            TensorPrimitives.Multiply(velocity, Momentum, velocity);
            TensorPrimitives.MultiplyAdd(g, -LearningRate, velocity, velocity);
            TensorPrimitives.Add(theta, velocity, theta);
        }

        return model.Value(theta) <= level ? theta : null;
    }

    private static IReadOnlyList<double> Positive(IReadOnlyList<double> values, string key) =>
        values.Count > 0 && values.All(v => v > 0 && double.IsFinite(v)) ? values : throw new ArgumentException($"--set {key}: every level must be a finite number > 0");

    internal static string Invariant(double v) => v.ToString("G3", CultureInfo.InvariantCulture);
}
