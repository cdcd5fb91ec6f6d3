using MathNet.Numerics.LinearAlgebra;
using SaddleEscape.Tensors;

namespace SaddleEscape.NeuralLift;

/// <summary>
/// NN-LIFT (Goyal &amp; Ullah Proc. 4, after Janzamin, Sedghi &amp; Anandkumar 2015) from labelled samples and the input
/// density only: (1) M̂₂ = (1/n) Σ y_i S₂(x_i) and T̂ = (1/n) Σ y_i S₃(x_i) in implicit form (<see cref="ScoreThirdMoment"/>);
/// (2) whitening, orthogonal decomposition and un-whitening to unit directions (<see cref="FirstLayerEstimator"/>);
/// (3) b̂₁ by the Fourier method (<see cref="FourierBiasEstimator"/>) or by profile least squares (<see cref="ProfileBiasSearch"/>); (4) a₂, b₂ by ridge regression
/// (<see cref="RidgeReadout"/>). Before (1) and (3) the labels are centred, or with <see cref="NeuralLiftOptions.ControlVariates"/>
/// replaced by residuals of low-degree polynomial fits (<see cref="PolynomialControlVariate"/>): neither changes the expected
/// moments or the Fourier transform away from ω = 0; both only remove variance. Data decide what the moments leave open: the ridge penalty and, per neuron, which of the
/// two phase branches of b̂₁ (a₂ &gt; 0 or &lt; 0) to use are chosen by validation error on a held-out split, after which the
/// readout is refitted on all samples. The true network is never an input.
/// </summary>
public static class NeuralLiftEstimator
{
    /// <summary>Trains a k-unit network on samples x (n×d row-major) with labels y drawn with input density <paramref name="density"/>.</summary>
    public static NeuralLiftFit Fit(DiagonalGaussianMixture density, ReadOnlySpan<double> x, ReadOnlySpan<double> y, int hidden, NeuralLiftOptions options, int seed)
    {
        ArgumentNullException.ThrowIfNull(density);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        int d = density.Dimension, n = y.Length;
        if (x.Length != n * d)
        {
            throw new ArgumentException($"x must hold n×d = {n}×{d} numbers (got {x.Length})", nameof(x));
        }

        if (hidden < 1 || hidden > d)
        {
            throw new ArgumentOutOfRangeException(nameof(hidden), hidden, $"NN-LIFT needs 1 ≤ k ≤ d = {d} hidden units (whitening is rank k)");
        }

        int validation = (int)Math.Round(options.ValidationFraction * n);
        int training = n - validation;
        if (training < 2 * (hidden + 1) || validation < 1)
        {
            throw new ArgumentException($"{n} samples are too few to train {hidden} units with a validation split");
        }

        var (forSecond, forThird) = PolynomialControlVariate.ForMoments(x, y, d, options.ControlVariates);
        var secondMoment = ScoreThirdMoment.EstimateSecond(density, x, forSecond);
        var thirdMoment = ScoreThirdMoment.Estimate(density, x, forThird);
        var first = FirstLayerEstimator.Estimate(secondMoment, thirdMoment, hidden, options, seed);
        var penalties = options.RidgePenalties ?? NeuralLiftOptions.DefaultRidgePenalties;
        var xTrain = x[..(training * d)];
        var yTrain = y[..training];
        var xValidation = x[(training * d)..];
        var yValidation = y[training..];
        double[] fourier = [];
        double[] biases;
        var flipped = new List<int>();
        double penalty, error;
        if (options.Bias == BiasMethod.Fourier)
        {
            var transforms = FourierBiasEstimator.Transforms(density, x, forThird, first.Directions, options.FourierRadius, options.CapEpsilon, seed);
            fourier = transforms.Select(v => FourierBiasEstimator.Bias(v, options.FourierRadius)).ToArray();
            biases = (double[])fourier.Clone();
            (penalty, error) = BestPenalty(first.Directions, biases, xTrain, yTrain, xValidation, yValidation, penalties);
            for (int l = 0; l < hidden; l++)
            {
                double kept = biases[l];
                biases[l] = FourierBiasEstimator.AlternativeBranch(kept, options.FourierRadius);
                var (p, e) = BestPenalty(first.Directions, biases, xTrain, yTrain, xValidation, yValidation, penalties);
                if (e < error)
                {
                    (penalty, error) = (p, e);
                    flipped.Add(l);
                }
                else
                {
                    biases[l] = kept;
                }
            }
        }
        else
        {
            biases = ProfileBiasSearch.Search(xTrain, yTrain, first.Directions, hidden, penalty: 1e-8);
            (penalty, error) = BestPenalty(first.Directions, biases, xTrain, yTrain, xValidation, yValidation, penalties);
        }

        var coefficients = RidgeReadout.Fit(RidgeReadout.Features(x, first.Directions, biases), y, penalty);
        var network = new TwoLayerNetwork(d, first.Directions, biases, coefficients[..hidden], coefficients[hidden]);
        return new NeuralLiftFit(network, first, fourier, [.. flipped], penalty, error);
    }

    private static (double Penalty, double Error) BestPenalty(
        double[] directions, double[] biases, ReadOnlySpan<double> xTrain, ReadOnlySpan<double> yTrain, ReadOnlySpan<double> xValidation, ReadOnlySpan<double> yValidation, IReadOnlyList<double> penalties)
    {
        var train = RidgeReadout.Features(xTrain, directions, biases);
        var check = RidgeReadout.Features(xValidation, directions, biases);
        double bestPenalty = penalties[0], bestError = double.PositiveInfinity;
        foreach (double penalty in penalties)
        {
            double error = RidgeReadout.MeanSquaredError(check, yValidation, RidgeReadout.Fit(train, yTrain, penalty));
            if (error < bestError)
            {
                (bestPenalty, bestError) = (penalty, error);
            }
        }

        return (bestPenalty, bestError);
    }
}
