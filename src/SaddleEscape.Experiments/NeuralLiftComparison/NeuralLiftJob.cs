namespace SaddleEscape.Experiments.NeuralLiftComparison;

/// <summary>One run of the NN-LIFT experiment.</summary>
/// <param name="Part">"table" (Table 1: train, test, recover), "sample-size" (first-layer recovery against n) or "fourier" (the Fourier method given the true directions).</param>
/// <param name="Method">One of <see cref="NeuralLiftSettings.TableMethods"/> or <see cref="NeuralLiftSettings.CurveMethods"/>.</param>
/// <param name="Dimension">d.</param>
/// <param name="Hidden">k.</param>
/// <param name="Samples">Training samples n.</param>
/// <param name="TestSamples">Test samples (0 in the sample-size part).</param>
/// <param name="NoiseStd">Label noise.</param>
/// <param name="Seed">Seed of the teacher, the data and the methods' randomness.</param>
public sealed record NeuralLiftJob(string Part, string Method, int Dimension, int Hidden, int Samples, int TestSamples, double NoiseStd, int Seed);
