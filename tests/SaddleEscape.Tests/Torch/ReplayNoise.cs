using SaddleEscape.Torch.Optim;
using TorchSharp;
using static TorchSharp.torch;

namespace SaddleEscape.Tests.Torch;

/// <summary>Feeds given flat perturbation vectors to a torch optimiser, in order (to compare trajectories with the core library's).</summary>
internal sealed class ReplayNoise(PerturbationKind kind, IEnumerable<double[]> draws) : PerturbationNoise(kind, 0)
{
    private readonly IEnumerator<double[]> _draws = draws.GetEnumerator();

    public int Used { get; private set; }

    public override void Sample(IReadOnlyList<Tensor> outputs, double radius)
    {
        Assert.True(_draws.MoveNext(), "more draws asked for than recorded");
        Used++;
        int offset = 0;
        foreach (var t in outputs)
        {
            int n = (int)t.numel();
            using var src = tensor(_draws.Current[offset..(offset + n)], t.shape, t.dtype);
            t.copy_(src);
            offset += n;
        }
    }
}
