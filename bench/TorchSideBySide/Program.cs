// One epoch of Farrell & Quintero Peña's MLP on Fashion-MNIST in TorchSharp, the same loop as mlp_epoch.py, timed the same way
// (training loop only). Three optimisers: TorchSharp's native SGD, and SaddleEscape's PerturbedSGD with r = 0
// and r = 0.015 (the cost of drawing ξ). Usage: dotnet run -c Release -- [epochs] [threads]
using SaddleEscape.Torch.Data;
using SaddleEscape.Torch.Models;
using SaddleEscape.Torch.Optim;
using System.Diagnostics;
using TorchSharp;
using static TorchSharp.torch;

int epochs = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 3;
int threads = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2;
set_num_threads(threads);
var (train, _) = FashionMnist.Load();
using var x = tensor(train.Pixels, [train.Count, 1, 28, 28]);
using var y = tensor(train.Labels.Select(l => (long)l).ToArray(), [train.Count]);
foreach (string which in new[] { "torchsharp-sgd", "psgd-r0", "psgd-r0.015" })
{
    manual_seed(0);
    using var model = MultilayerPerceptron.FarrellQuinteroPena(784);
    optim.Optimizer opt = which switch
    {
        "torchsharp-sgd" => optim.SGD(model.parameters(), 0.01),
        "psgd-r0" => SaddleOptim.PSGD(model.parameters(), 0.01, 0, seed: 1),
        _ => SaddleOptim.PSGD(model.parameters(), 0.01, 0.015, seed: 1),
    };
    using var gen = new Generator(1);
    model.train();
    for (int epoch = 1; epoch <= epochs; epoch++)
    {
        var clock = Stopwatch.StartNew();
        using var order = randperm(train.Count, generator: gen);
        for (long s = 0; s < train.Count; s += 128)
        {
            using var scope = NewDisposeScope();
            var index = order.slice(0, s, Math.Min(s + 128, train.Count), 1);
            var xb = x.index_select(0, index);
            var yb = y.index_select(0, index);
            opt.zero_grad();
            var loss = Losses.Compute(ClassificationLoss.SquaredError, model.forward(xb), yb);
            loss.backward();
            opt.step();
        }

        Console.WriteLine($"torchsharp {which} epoch {epoch}: {clock.Elapsed.TotalSeconds:F3} s");
    }
}
