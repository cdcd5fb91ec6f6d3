using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SaddleEscape.Torch.Models;

/// <summary>Applies a <see cref="WeightInitialization"/> to every Linear and Conv2d layer of a network, in module order.</summary>
public static class WeightInitializer
{
    /// <summary>Re-initialises <paramref name="network"/>'s layers; draws from torch's global generator (seed it first).</summary>
    public static void Apply(nn.Module network, WeightInitialization initialization)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (initialization == WeightInitialization.Torch)
        {
            return;
        }

        using var noGrad = no_grad();
        foreach (var module in network.modules())
        {
            var (weight, bias) = module switch
            {
                Linear linear => (linear.weight, linear.bias),
                Conv2d conv => (conv.weight, conv.bias),
                _ => (null, null),
            };
            if (weight is null)
            {
                continue;
            }

            // Glorot & Bengio 2010, eq. 16; for a convolution fan_in = in·k_h·k_w and fan_out = out·k_h·k_w, as in Keras.
            nn.init.xavier_uniform_(weight);
            if (bias is not null)
            {
                nn.init.zeros_(bias);
            }
        }
    }

    /// <summary>Parses "keras" or "torch".</summary>
    public static WeightInitialization Parse(string name) => name switch
    {
        "keras" or "glorot" => WeightInitialization.Keras,
        "torch" or "libtorch" => WeightInitialization.Torch,
        _ => throw new ArgumentException($"unknown initialisation '{name}' (known: keras, torch)"),
    };

    /// <summary>The name <see cref="Parse"/> reads.</summary>
    public static string Name(WeightInitialization initialization) => initialization == WeightInitialization.Torch ? "torch" : "keras";
}
