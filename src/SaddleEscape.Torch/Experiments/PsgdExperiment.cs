using SaddleEscape.Numerics;
using SaddleEscape.Torch.Data;
using SaddleEscape.Torch.Models;
using SaddleEscape.Torch.Optim;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SaddleEscape.Torch.Experiments;

/// <summary>
/// Seed 004 §2: mini-batch SGD against mini-batch PSGD (Alg. 5) on an MLP or a VGG3-style CNN, for several
/// radii r and several trials; trial k initialises every optimiser's network identically (torch seed
/// <c>1000·seed + k</c>), so the comparison is paired. At the end of a few runs the Hessian is certified.
/// </summary>
public static class PsgdExperiment
{
    /// <summary>Runs every (optimiser, trial); <paramref name="progress"/> receives (epochs done in all, a note).</summary>
    public static IReadOnlyList<TrainingRun> Run(PsgdExperimentSettings settings, ImageDataset train, ImageDataset test, int seed, Action<int, string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        var trainSet = settings.TrainSubset > 0 ? train.Take(settings.TrainSubset) : train;
        var testSet = settings.TestSubset > 0 ? test.Take(settings.TestSubset) : test;
        using var trainer = new ImageClassifierTrainer(trainSet, testSet, settings.Loss);
        var runs = new List<TrainingRun>();
        int epochsDone = 0;
        double[] radii = [0, .. settings.Radii];
        var kept = new Dictionary<(double, int), nn.Module<Tensor, Tensor>>();
        foreach (double r in radii)
        {
            for (int trial = 0; trial < settings.Trials; trial++)
            {
                manual_seed((1000L * seed) + trial);
                var model = CreateModel(settings.Model, trainSet);
                using var optimizer = SaddleOptim.PSGD(model.parameters(), settings.LearningRate, r, seed: (1_000_003L * seed) + (7919L * trial) + (long)(r * 1e6));
                var clock = System.Diagnostics.Stopwatch.StartNew();
                string name = r == 0 ? "SGD" : FormattableString.Invariant($"PSGD r={r:G3}");
                var history = trainer.Fit(model, optimizer, settings.Epochs, settings.BatchSize, (31L * seed) + trial, m =>
                    progress?.Invoke(++epochsDone, FormattableString.Invariant($"{name} trial {trial + 1}/{settings.Trials} epoch {m.Epoch}/{settings.Epochs} loss {m.TrainLoss:G4} test acc {m.TestAccuracy:P1}")));
                runs.Add(new TrainingRun(r, trial, history, clock.Elapsed.TotalSeconds));
                if (trial < settings.HessianRuns)
                {
                    kept[(r, trial)] = model;
                }
                else
                {
                    model.Dispose();
                }
            }
        }

        // Hessians at the end of the first HessianRuns trials of SGD and of the best r (by mean final test accuracy).
        double best = BestRadius(runs);
        for (int i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            if ((run.Radius == 0 || run.Radius == best) && kept.TryGetValue((run.Radius, run.Trial), out var model))
            {
                progress?.Invoke(epochsDone, $"Hessian of {run.Optimizer} trial {run.Trial + 1}");
                runs[i] = run with { Hessian = trainer.Certify(model, settings.HessianBatch, settings.HessianSteps, settings.HessianProbes, zeroTolerance: 1e-4, seed: seed) };
            }
        }

        foreach (var m in kept.Values)
        {
            m.Dispose();
        }

        return runs;
    }

    /// <summary>The PSGD radius with the highest mean final test accuracy.</summary>
    public static double BestRadius(IReadOnlyList<TrainingRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return runs.Where(r => r.Radius > 0).GroupBy(r => r.Radius)
            .OrderByDescending(g => g.Average(r => r.Epochs[^1].TestAccuracy))
            .Select(g => g.Key).DefaultIfEmpty(0).First();
    }

    /// <summary>Welch's test of final test accuracy, SGD vs the best r (needs ≥ 2 trials).</summary>
    public static WelchTTest? CompareFinalTestAccuracy(IReadOnlyList<TrainingRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        double best = BestRadius(runs);
        var psgd = runs.Where(r => r.Radius == best && best > 0).Select(r => r.Epochs[^1].TestAccuracy).ToArray();
        var sgd = runs.Where(r => r.Radius == 0).Select(r => r.Epochs[^1].TestAccuracy).ToArray();
        return psgd.Length >= 2 && sgd.Length >= 2 ? WelchTTest.Compute(psgd, sgd) : null;
    }

    /// <summary>The seed's network for <paramref name="model"/> adapted to the images of <paramref name="data"/>.</summary>
    public static nn.Module<Tensor, Tensor> CreateModel(string model, ImageDataset data) => model switch
    {
        "mlp" => MultilayerPerceptron.Seed004(data.ImageSize),
        "cnn" => new Vgg3Network(data.Channels, data.Height, data.Width, data.Classes),
        _ => throw new ArgumentException($"unknown model '{model}' (known: mlp, cnn)"),
    };
}
