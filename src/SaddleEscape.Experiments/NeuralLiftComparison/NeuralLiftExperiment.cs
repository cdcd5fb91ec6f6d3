using SaddleEscape.Experiments.Catalog;
using SaddleEscape.Experiments.Configuration;
using SaddleEscape.Experiments.Reporting;
using SaddleEscape.Experiments.Running;
using SaddleEscape.NeuralLift;
using SaddleEscape.Tensors;
using System.Diagnostics;

namespace SaddleEscape.Experiments.NeuralLiftComparison;

/// <summary>
/// Goyal &amp; Ullah's §4 (Table 1): a two-layer sigmoid network trained by NN-LIFT (score-function tensor, whitening,
/// decomposition by noisy gradient descent (Proc. 5) or the power method (Alg. 6), b₁ by the Fourier method of Janzamin et
/// al. 2015 or by our profile least squares, ridge readout) against the same network trained by backpropagation, on data from
/// a Gaussian mixture, for d = 3, 5, 10, 20; and the first layer's recovery error against n at one d.
/// </summary>
public sealed class NeuralLiftExperiment : Experiment<NeuralLiftSettings, NeuralLiftJob, NeuralLiftRecord, NeuralLiftSummary>
{
    /// <inheritdoc />
    public override string Name => "nn-lift";

    /// <inheritdoc />
    public override string Title => "NN-LIFT (tensor decomposition of score-function moments) vs. backpropagation on a two-layer network";

    /// <inheritdoc />
    public override int Version => 3;

    /// <inheritdoc />
    public override IReadOnlyList<string> Parts => [NeuralLiftTableJob.PartName, NeuralLiftSampleSizeJob.PartName, NeuralLiftFourierJob.PartName];

    /// <inheritdoc />
    public override IReadOnlyList<ParameterSpec> SettingKeys { get; } = SettingsBinder.ExperimentSpecs(NeuralLiftSettings.Full, NeuralLiftSettings.Quick);

    /// <inheritdoc />
    public override NeuralLiftSettings Settings(ExperimentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return WithOverrides(request, (request.Quick ? NeuralLiftSettings.Quick : NeuralLiftSettings.Full) with { BaseSeed = request.Seed, Parts = request.Parts });
    }

    /// <inheritdoc />
    public override IReadOnlyList<NeuralLiftJob> Jobs(NeuralLiftSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var table = from d in settings.Runs(NeuralLiftTableJob.PartName) ? settings.Dimensions : []
                    from method in NeuralLiftSettings.TableMethods
                    from s in Enumerable.Range(0, settings.Seeds)
                    select (NeuralLiftJob)new NeuralLiftTableJob(method, d, NeuralLiftSettings.HiddenUnits(d), settings.Samples, settings.TestSamples, settings.NoiseStd, settings.BaseSeed + s);
        int cd = settings.CurveDimension;
        var curve = from n in settings.Runs(NeuralLiftSampleSizeJob.PartName) ? settings.CurveSamples : []
                    from method in NeuralLiftSettings.CurveMethods
                    from s in Enumerable.Range(0, settings.CurveSeeds)
                    select (NeuralLiftJob)new NeuralLiftSampleSizeJob(method, cd, NeuralLiftSettings.HiddenUnits(cd), n, settings.NoiseStd, settings.BaseSeed + s);
        var fourier = from d in settings.Runs(NeuralLiftFourierJob.PartName) ? settings.Dimensions : []
                      from s in Enumerable.Range(0, settings.Seeds)
                      select (NeuralLiftJob)new NeuralLiftFourierJob(d, NeuralLiftSettings.HiddenUnits(d), settings.Samples, settings.NoiseStd, settings.BaseSeed + s);
        return [.. table, .. curve, .. fourier];
    }

    /// <inheritdoc />
    protected override string PartOf(NeuralLiftJob job) => job.Part;

    /// <inheritdoc />
    protected override double WeightOf(NeuralLiftJob job) => job.Samples * (double)job.Dimension * job.Hidden * (job is NeuralLiftTableJob { Method: BackpropMethod } ? 4 : 1) / 1e5;

    /// <inheritdoc />
    protected override string LabelOf(NeuralLiftJob job) => $"{job.MethodName} d={job.Dimension} n={job.Samples}";

    /// <inheritdoc />
    public override NeuralLiftRecord Run(NeuralLiftJob job, JobContext context)
    {
        ArgumentNullException.ThrowIfNull(job);
        var problem = NeuralLiftProblem.Draw(job.Dimension, job.Hidden, job.Seed, job.NoiseStd);
        return job switch
        {
            NeuralLiftTableJob table => RunTable(table, problem),
            NeuralLiftSampleSizeJob curve => RunCurve(curve, problem),
            NeuralLiftFourierJob fourier => RunFourier(fourier, problem),
            _ => throw new ArgumentException($"nn-lift has no part for a {job.GetType().Name}", nameof(job)),
        };
    }

    private static NeuralLiftTableRecord RunTable(NeuralLiftTableJob job, NeuralLiftProblem problem)
    {
        int d = job.Dimension, k = job.Hidden;
        var (x, y) = problem.Sample(job.Samples, "train");
        var (xt, yt) = problem.Sample(job.TestSamples, "test");
        var clock = Stopwatch.StartNew();
        TwoLayerNetwork network;
        NeuralLiftFitDiagnostics? diagnostics = null;
        switch (job.Method)
        {
            case LiftMethod lift:
                var fit = NeuralLiftEstimator.Fit(problem.Density, x, y, k, lift.Options, job.Seed);
                (network, diagnostics) = (fit.Network, new NeuralLiftFitDiagnostics(fit.FirstLayer.Rewhitened, fit.FirstLayer.SpuriousMaxima, fit.RidgePenalty));
                break;
            case BackpropMethod:
                network = BackpropagationTrainer.Train(x, y, d, k, new BackpropagationOptions(), job.Seed).Network;
                break;
            default:
                throw new ArgumentException($"nn-lift: no trainer for the Table 1 method {job.Method}", nameof(job));
        }

        double seconds = clock.Elapsed.TotalSeconds;
        double mean = yt.Average();
        double variance = yt.Sum(v => (v - mean) * (v - mean)) / yt.Length;
        var (rows, scales) = UnitRows(network.FirstLayer, d);
        var match = ComponentMatching.Match(rows, problem.Teacher.FirstLayer, d);
        double biasError = Enumerable.Range(0, k).Max(j => Math.Abs((match.Signs[j] * network.Biases[j] / scales[j]) - problem.Teacher.Biases[match.Assignment[j]]));
        return new NeuralLiftTableRecord(job.Method, d, k, job.Samples, job.Seed, network.MeanSquaredError(xt, yt), problem.Teacher.MeanSquaredError(xt, yt), variance,
            match.Distances.Max(), match.Distances.Average(), biasError, diagnostics, seconds);
    }

    private static NeuralLiftSampleSizeRecord RunCurve(NeuralLiftSampleSizeJob job, NeuralLiftProblem problem)
    {
        int d = job.Dimension, k = job.Hidden, n = job.Samples;
        var (x, y) = problem.Sample(n, "train");
        var clock = Stopwatch.StartNew();
        var (forSecond, forThird) = PolynomialControlVariate.ForMoments(x, y, d, controlVariates: job.Method.ControlVariates);
        var estimate = FirstLayerEstimator.Estimate(
            ScoreThirdMoment.EstimateSecond(problem.Density, x, forSecond), ScoreThirdMoment.Estimate(problem.Density, x, forThird), k, new NeuralLiftOptions(), job.Seed);
        double seconds = clock.Elapsed.TotalSeconds;
        var match = ComponentMatching.Match(estimate.Directions, problem.Teacher.FirstLayer, d);
        return new NeuralLiftSampleSizeRecord(job.Method, d, k, n, job.Seed, match.Distances.Max(), match.Distances.Average(), estimate.Rewhitened, seconds);
    }

    /// <summary>
    /// The Fourier method with everything else exact: the true unit directions, and the phase branch of a₂'s true sign;
    /// the error is the largest circular distance |b̂ − b| on the period 1/ξ = 2. The same labels as NN-LIFT uses
    /// (residuals of the quadratic fit). A uniform guess on (−1, 1] is the reference: its expected worst error over the k
    /// neurons, by 4 000 seeded draws.
    /// </summary>
    private static NeuralLiftFourierRecord RunFourier(NeuralLiftFourierJob job, NeuralLiftProblem problem)
    {
        int d = job.Dimension, k = job.Hidden;
        var (x, y) = problem.Sample(job.Samples, "train");
        var clock = Stopwatch.StartNew();
        var options = new NeuralLiftOptions();
        var labels = PolynomialControlVariate.ForMoments(x, y, d, controlVariates: true).Third;
        var transforms = FourierBiasEstimator.Transforms(problem.Density, x, labels, problem.Teacher.FirstLayer, options.FourierRadius, options.CapEpsilon, job.Seed);
        double period = 1 / options.FourierRadius;
        double Circular(double a, double b)
        {
            double r = Math.Abs(a - b) % period;
            return Math.Min(r, period - r);
        }

        var truth = problem.Teacher.Biases.ToArray();
        double error = Enumerable.Range(0, k).Max(j =>
        {
            double b = FourierBiasEstimator.Bias(transforms[j], options.FourierRadius);
            return Circular(problem.Teacher.OutputWeights[j] < 0 ? FourierBiasEstimator.AlternativeBranch(b, options.FourierRadius) : b, truth[j]);
        });
        double seconds = clock.Elapsed.TotalSeconds;
        var random = Numerics.SeedStreams.Random(job.Seed, "lift-guess");
        double guess = Enumerable.Range(0, 4000).Average(_ => truth.Max(b => Circular((2 * random.NextDouble()) - 1, b)));
        return new NeuralLiftFourierRecord(d, k, job.Samples, job.Seed, error, guess, seconds);
    }

    private static (double[] Rows, double[] Scales) UnitRows(ReadOnlySpan<double> layer, int d)
    {
        int k = layer.Length / d;
        var rows = layer.ToArray();
        var scales = new double[k];
        for (int j = 0; j < k; j++)
        {
            var row = rows.AsSpan(j * d, d);
            scales[j] = System.Numerics.Tensors.TensorPrimitives.Norm(row);
            System.Numerics.Tensors.TensorPrimitives.Multiply(row, 1 / scales[j], row);
        }

        return (rows, scales);
    }

    /// <inheritdoc />
    public override NeuralLiftSummary Analyze(NeuralLiftSettings settings, IReadOnlyList<JobResult<NeuralLiftJob, NeuralLiftRecord>> results)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(results);
        var runs = results.Select(r => r.Record).ToList();
        var table = runs.OfType<NeuralLiftTableRecord>().ToList();
        var cells = (from d in settings.Dimensions
                     from method in NeuralLiftSettings.TableMethods
                     let cellRuns = table.Where(r => r.Dimension == d && r.Method == method).ToList()
                     where cellRuns.Count > 0
                     select new NeuralLiftCell(
                         d, NeuralLiftSettings.HiddenUnits(d), method, cellRuns.Count,
                         Statistics.MeanAndStd(cellRuns.Select(r => r.TestMse)),
                         Statistics.MeanAndStd(cellRuns.Select(r => r.TestMse / r.LabelVariance)),
                         Statistics.MeanAndStd(cellRuns.Select(r => r.RecoveryError)),
                         Statistics.MeanAndStd(cellRuns.Select(r => r.BiasError)),
                         cellRuns.Average(r => r.NoiseFloor),
                         cellRuns.Count(r => r.Lift is { Rewhitened: true }),
                         cellRuns.Sum(r => r.Lift?.SpuriousMaxima ?? 0),
                         cellRuns.Average(r => r.Seconds))).ToList();
        var curve = (from method in NeuralLiftSettings.CurveMethods
                     from n in settings.CurveSamples
                     let cellRuns = runs.OfType<NeuralLiftSampleSizeRecord>().Where(r => r.Method == method && r.Samples == n).ToList()
                     where cellRuns.Count > 0
                     let quartiles = Statistics.Quartiles(cellRuns.Select(r => r.RecoveryError))
                     select new SampleSizePoint(method, n, Statistics.Median(cellRuns.Select(r => r.RecoveryError)), quartiles.Q1, quartiles.Q3,
                         Statistics.Median(cellRuns.Select(r => r.MeanRecoveryError)), cellRuns.Count)).ToList();
        var slopes = NeuralLiftSettings.CurveMethods.ToDictionary(m => m, m => Slope(curve.Where(p => p.Method == m && p.Median < 0.5).ToList()));
        var fourier = settings.Dimensions
            .Select(d => (d, cellRuns: runs.OfType<NeuralLiftFourierRecord>().Where(r => r.Dimension == d).ToList()))
            .Where(t => t.cellRuns.Count > 0)
            .ToDictionary(t => t.d, t => (Statistics.MeanAndStd(t.cellRuns.Select(r => r.BiasError)), t.cellRuns.Average(r => r.GuessError)));
        var summary = new NeuralLiftSummary(settings, runs, cells, curve, slopes, fourier, []);
        return summary with { Verdicts = NeuralLiftVerdicts.Decide(summary) };
    }

    private static double Slope(IReadOnlyList<SampleSizePoint> points)
    {
        if (points.Count < 2)
        {
            return double.NaN;
        }

        var xs = points.Select(p => Math.Log10(p.Samples)).ToArray();
        var ys = points.Select(p => Math.Log10(p.Median)).ToArray();
        double mx = xs.Average(), my = ys.Average();
        return xs.Zip(ys, (a, b) => (a - mx) * (b - my)).Sum() / xs.Sum(a => (a - mx) * (a - mx));
    }

    /// <inheritdoc />
    public override string Report(NeuralLiftSummary summary, ReportContext context) => NeuralLiftReport.Write(summary, context);
}
