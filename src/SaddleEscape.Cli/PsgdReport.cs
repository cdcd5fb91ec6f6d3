using System.Diagnostics;
using System.Globalization;
using System.Text;
using SaddleEscape.Catalog;
using SaddleEscape.Torch.Data;
using SaddleEscape.Torch.Experiments;
using SaddleEscape.Torch.Models;

namespace SaddleEscape.Cli;

/// <summary>
/// <c>saddle reproduce psgd-mlp|psgd-cnn</c>: seed 004 §2's PSGD-vs-SGD experiment on real images (Fashion-MNIST by
/// default, CIFAR-10 with <c>--data</c>): runs.csv, epochs.csv, four mean ± std figures, report.md with Welch's test
/// and end-point Hessians.
/// </summary>
internal sealed class PsgdReport(string model) : IExperimentReport
{
    public string Name => $"psgd-{model}";

    public string Title => model == "mlp"
        ? "Perturbed SGD vs SGD on an MLP (seed 004 §2, Fig. 3–10)"
        : "Perturbed SGD vs SGD on a VGG3-style CNN (seed 004 §2, Fig. 11–18)";

    public IReadOnlyList<ParameterSpec> SettingKeys { get; } =
    [
        new("epochs", "200 (quick: 40 MLP, 2 CNN)", "epochs per run"),
        new("trials", "10 (quick: 2)", "runs per optimiser"),
        new("radii", "0.001,0.005,0.015,0.025,0.1 (quick: 0.015 MLP, 0.025 CNN)", "PSGD radii r, comma-separated (SGD always runs)"),
        new("lr", "0.01 MLP, 0.001 CNN", "learning rate"),
        new("batch", "128", "mini-batch size"),
        new("train", "all (quick CNN: 2 000)", "training images used (0 = all)"),
        new("test", "all (quick CNN: 1 000)", "test images used (0 = all)"),
        new("loss", "mse", "mse (seed 004's ℓ2 loss on softmax outputs) or cross-entropy"),
        new("hessian_runs", "2 MLP, 1 CNN (quick: 1)", "trials of SGD and of the best r whose end point is certified"),
        new("hessian_steps", "80 MLP, 40 CNN (quick: 40, 15)", "Lanczos steps (HVPs per probe)"),
    ];

    public string Reproduce(ReproduceOptions options, string directory)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = Configure(PsgdExperimentSettings.For(model, options.Quick), KeyValueSettings.Parse($"experiment {Name}", options.Settings ?? [], SettingKeys)).Validate();
        bool cifar = options.Data is not null && Cifar10.IsAvailable(options.Data);
        if (!cifar && !FashionMnist.IsAvailable(options.Data))
        {
            string why = $"Fashion-MNIST not found in {options.Data ?? FashionMnist.DefaultDirectory} (apt-get install dataset-fashion-mnist, or --data DIR)";
            if (options.All)
            {
                File.WriteAllText(Path.Combine(directory, "report.md"), $"# {Title}\n\nSkipped: {why}.\n");
                return $"skipped: {why}";
            }

            throw new ArgumentException(why);
        }

        var (train, test) = cifar ? Cifar10.Load(options.Data!) : FashionMnist.Load(options.Data);
        string dataName = cifar ? "CIFAR-10" : "Fashion-MNIST";
        int totalEpochs = (settings.Radii.Length + 1) * settings.Trials * settings.Epochs;
        var clock = Stopwatch.StartNew();
        var runs = Terminal.WithProgress(Name, totalEpochs, report => PsgdExperiment.Run(settings, train, test, options.Seed, (done, note) => report(done, note)));
        double seconds = clock.Elapsed.TotalSeconds;

        WriteCsv(directory, runs);
        var curves = new (string File, string Label, Func<EpochMetrics, double> Pick)[]
        {
            ("test-accuracy.png", "test accuracy", m => m.TestAccuracy),
            ("train-accuracy.png", "training accuracy", m => m.TrainAccuracy),
            ("test-loss.png", "test loss", m => m.TestLoss),
            ("train-loss.png", "training loss", m => m.TrainLoss),
        };
        foreach (var (file, label, pick) in curves)
        {
            TrainingCurvePlot.MeanAndSpread(Path.Combine(directory, file), runs, label, $"{dataName}, {model.ToUpperInvariant()}: mean ± std over {settings.Trials} trials", pick);
        }

        var welch = PsgdExperiment.CompareFinalTestAccuracy(runs);
        double best = PsgdExperiment.BestRadius(runs);
        File.WriteAllText(Path.Combine(directory, "report.md"), PsgdReportText.Write(Title, model, dataName, settings, runs, welch, best, seconds, options));
        var sgd = runs.Where(r => r.Radius == 0).Select(r => r.Epochs[^1].TestAccuracy).Average();
        var bestAcc = runs.Where(r => r.Radius == best).Select(r => r.Epochs[^1].TestAccuracy).DefaultIfEmpty(double.NaN).Average();
        return string.Create(CultureInfo.InvariantCulture, $"{dataName}, {settings.Epochs} epochs: final test accuracy SGD {sgd:P1}, best PSGD (r = {best:G3}) {bestAcc:P1}{(welch is null ? "" : $", Welch p = {welch.PValue:G2}")}");
    }

    private static PsgdExperimentSettings Configure(PsgdExperimentSettings s, KeyValueSettings set)
    {
        double[] radii = set.Has("radii")
            ? set.Text("radii", "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => double.TryParse(v, CultureInfo.InvariantCulture, out double r) ? r : throw new ArgumentException($"experiment: radii: '{v}' is not a number")).ToArray()
            : s.Radii;
        return s with
        {
            Epochs = (int)set.Integer("epochs", s.Epochs),
            Trials = (int)set.Integer("trials", s.Trials),
            Radii = radii,
            LearningRate = set.Number("lr", s.LearningRate),
            BatchSize = (int)set.Integer("batch", s.BatchSize),
            TrainSubset = (int)set.Integer("train", s.TrainSubset),
            TestSubset = (int)set.Integer("test", s.TestSubset),
            Loss = set.Has("loss") ? Losses.Parse(set.Text("loss", "mse")) : s.Loss,
            HessianRuns = (int)set.Integer("hessian_runs", s.HessianRuns),
            HessianSteps = (int)set.Integer("hessian_steps", s.HessianSteps),
        };
    }

    private static void WriteCsv(string directory, IReadOnlyList<TrainingRun> runs)
    {
        var epochs = new StringBuilder("optimizer,radius,trial,epoch,train_loss,train_accuracy,test_loss,test_accuracy\n");
        var summary = new StringBuilder("optimizer,radius,trial,final_train_loss,final_train_accuracy,final_test_loss,final_test_accuracy,wall_seconds,hessian_classification,gradient_norm,lambda_min,lambda_max,negative_fraction,near_zero_fraction\n");
        foreach (var r in runs)
        {
            foreach (var m in r.Epochs)
            {
                epochs.Append(CultureInfo.InvariantCulture, $"{r.Optimizer},{r.Radius:R},{r.Trial},{m.Epoch},{m.TrainLoss:R},{m.TrainAccuracy:R},{m.TestLoss:R},{m.TestAccuracy:R}\n");
            }

            var last = r.Epochs[^1];
            var h = r.Hessian;
            summary.Append(CultureInfo.InvariantCulture, $"{r.Optimizer},{r.Radius:R},{r.Trial},{last.TrainLoss:R},{last.TrainAccuracy:R},{last.TestLoss:R},{last.TestAccuracy:R},{r.WallSeconds:R},");
            summary.Append(h is null ? ",,,,,\n" : string.Create(CultureInfo.InvariantCulture, $"{SaddleEscape.Landscape.ClassificationNames.Name(h.Certificate.Classification)},{h.Certificate.GradientNorm:R},{h.Certificate.LambdaMin:R},{h.Certificate.LambdaMax:R},{h.NegativeFraction:R},{h.NearZeroFraction:R}\n"));
        }

        File.WriteAllText(Path.Combine(directory, "epochs.csv"), epochs.ToString());
        File.WriteAllText(Path.Combine(directory, "runs.csv"), summary.ToString());
    }
}
