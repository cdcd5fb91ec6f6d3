using SaddleEscape.Torch.Data;
using SaddleEscape.Torch.Models;
using SaddleEscape.Torch.Training;
using static TorchSharp.torch;

namespace SaddleEscape.Experiments.Torch.Networks;

/// <summary>The networks of Farrell &amp; Quintero Peña (2019, Sec. 4), shared by the psgd and spectra experiments.</summary>
public static class PaperNetworks
{
    /// <summary>The paper's network for <paramref name="name"/> adapted to the images of <paramref name="data"/>, initialised as <paramref name="initialization"/> says.</summary>
    public static nn.Module<Tensor, Tensor> Create(string name, ImageDataset data, WeightInitialization initialization = WeightInitialization.Keras)
    {
        ArgumentNullException.ThrowIfNull(data);
        nn.Module<Tensor, Tensor> network = name switch
        {
            "mlp" => MultilayerPerceptron.FarrellQuinteroPena(data.ImageSize),
            "cnn" => new Vgg3Network(data.Channels, data.Height, data.Width, data.Classes),
            _ => throw new ArgumentException($"unknown model '{name}' (known: mlp, cnn)"),
        };
        WeightInitializer.Apply(network, initialization);
        return network;
    }
}
