namespace SaddleEscape.NeuralLift;

/// <summary>What <see cref="BackpropagationTrainer"/> returned.</summary>
/// <param name="Network">The network with the least validation error.</param>
/// <param name="ValidationMse">Its validation mean squared error.</param>
/// <param name="Epochs">Epochs run by that restart (including the patience epochs after its best).</param>
/// <param name="BestRestart">Which restart it came from.</param>
public sealed record BackpropagationFit(TwoLayerNetwork Network, double ValidationMse, int Epochs, int BestRestart);
