using TorchSharp.Modules;

namespace SaddleEscape.Torch.Optim;

/// <summary>Per-parameter optimiser state for methods that keep none (TorchSharp's state_dict still wants an entry).</summary>
internal sealed class NoState(TorchSharp.Modules.Parameter parameter) : OptimizerState(parameter)
{
    public override void SaveStateDict(BinaryWriter writer)
    {
    }

    public override void LoadStateDict(BinaryReader reader)
    {
    }

    public override void LoadStateDict(OptimizerState source)
    {
    }

    public override void Initialize(OptimizerOptions options)
    {
    }

    public override bool ApproximatelyEquals(OptimizerState other) => other is NoState;
}
