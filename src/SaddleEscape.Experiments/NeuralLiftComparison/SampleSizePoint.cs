namespace SaddleEscape.Experiments.NeuralLiftComparison;

/// <summary>Recovery error of the first layer at one sample size, over seeds.</summary>
/// <param name="Method">The moments' labels: control variates or centred.</param>
/// <param name="Samples">n.</param>
/// <param name="Median">Median worst-column error.</param>
/// <param name="LowerQuartile">First quartile.</param>
/// <param name="UpperQuartile">Third quartile.</param>
/// <param name="MedianMean">Median of the mean-column error.</param>
/// <param name="Runs">Seeds.</param>
public sealed record SampleSizePoint(MomentEstimator Method, int Samples, double Median, double LowerQuartile, double UpperQuartile, double MedianMean, int Runs);
