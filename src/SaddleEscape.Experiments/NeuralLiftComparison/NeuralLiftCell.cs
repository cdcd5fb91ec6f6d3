namespace SaddleEscape.Experiments.NeuralLiftComparison;

/// <summary>One (d, method) cell of the Table 1 comparison, over seeds.</summary>
/// <param name="Dimension">d.</param>
/// <param name="Hidden">k.</param>
/// <param name="Method">The method.</param>
/// <param name="Runs">Runs (seeds).</param>
/// <param name="TestMse">Mean and standard deviation of the test MSE.</param>
/// <param name="RelativeMse">Mean and standard deviation of test MSE / Var(y).</param>
/// <param name="RecoveryError">Mean and standard deviation of the worst-column recovery error.</param>
/// <param name="BiasError">Mean and standard deviation of the b₁ error.</param>
/// <param name="NoiseFloor">Mean noise floor.</param>
/// <param name="Rewhitened">Runs that needed the positive re-whitening.</param>
/// <param name="SpuriousMaxima">Spurious maxima met, summed over runs.</param>
/// <param name="Seconds">Mean wall time.</param>
public sealed record NeuralLiftCell(
    int Dimension, int Hidden, TableMethod Method, int Runs, (double Mean, double Std) TestMse, (double Mean, double Std) RelativeMse,
    (double Mean, double Std) RecoveryError, (double Mean, double Std) BiasError, double NoiseFloor, int Rewhitened, int SpuriousMaxima, double Seconds);
