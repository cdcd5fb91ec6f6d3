using SaddleEscape.Settings;
using System.Text.Json.Serialization;

namespace SaddleEscape.Experiments.NeuralLiftComparison;

/// <summary>
/// Settings of the NN-LIFT experiment (Goyal &amp; Ullah §4, Table 1). The report states neither k nor n: we use k = ⌈d/2⌉
/// hidden units (k ≤ d, as whitening needs) and the same n training samples at every d.
/// </summary>
/// <param name="Dimensions">Input dimensions d of Table 1.</param>
/// <param name="Seeds">Teachers (seeds) per (d, method).</param>
/// <param name="Samples">Training samples n (NN-LIFT uses them all; backprop holds out 20% for early stopping).</param>
/// <param name="TestSamples">Test samples.</param>
/// <param name="NoiseStd">Label noise standard deviation (the test MSE's floor is its square).</param>
/// <param name="CurveDimension">d of the sample-size study.</param>
/// <param name="CurveSamples">Sample sizes n of that study.</param>
/// <param name="CurveSeeds">Teachers per sample size.</param>
/// <param name="BaseSeed">Seeds run from here.</param>
/// <param name="Parts">The parts to run (<c>--only</c>; null or empty: all): which jobs run, not a setting of them, so not in the settings' JSON.</param>
public sealed record NeuralLiftSettings(
    [property: Setting("dimensions", "input dimensions d, comma-separated", Minimum = 2)] IReadOnlyList<int> Dimensions,
    [property: Setting("seeds", "teachers per (d, method)", Minimum = 1)] int Seeds,
    [property: Setting("samples", "training samples n", Minimum = 100)] int Samples,
    [property: Setting("test_samples", "test samples", Minimum = 10)] int TestSamples,
    [property: Setting("noise", "label noise standard deviation", Positive = true)] double NoiseStd,
    int CurveDimension,
    [property: Setting("curve_samples", "sample sizes of the recovery-error study, comma-separated", Minimum = 100, DefaultText = "1000,…,1000000 (quick 1000,10000,100000)")] IReadOnlyList<int> CurveSamples,
    [property: Setting("curve_seeds", "teachers per sample size", Minimum = 1)] int CurveSeeds,
    int BaseSeed = 0,
    [property: JsonIgnore] IReadOnlyList<string>? Parts = null)
{
    /// <summary>Whether <paramref name="part"/> (a part's name, e.g. <see cref="NeuralLiftTableJob.PartName"/>) is run.</summary>
    public bool Runs(string part) => Parts is not { Count: > 0 } || Parts.Contains(part);

    /// <summary>All four d, 3 seeds, n = 5 000; sample sizes 10³…10⁵ with 4 seeds.</summary>
    public static NeuralLiftSettings Quick { get; } = new([3, 5, 10, 20], 3, 5_000, 5_000, 0.1, 5, [1_000, 10_000, 100_000], 4);

    /// <summary>All four d, 10 seeds, n = 20 000; sample sizes 10³…10⁶ with 10 seeds.</summary>
    public static NeuralLiftSettings Full { get; } = new([3, 5, 10, 20], 10, 20_000, 20_000, 0.1, 5, [1_000, 3_000, 10_000, 30_000, 100_000, 300_000, 1_000_000], 10);

    /// <summary>The Table 1 methods, in report order: NN-LIFT's four (decomposition × b₁ method), then backpropagation.</summary>
    public static IReadOnlyList<TableMethod> TableMethods { get; } =
        [TableMethod.NoisyGradientFourier, TableMethod.PowerFourier, TableMethod.NoisyGradientLeastSquares, TableMethod.PowerLeastSquares, TableMethod.Backprop];

    /// <summary>The sample-size study's estimators of the first layer.</summary>
    public static IReadOnlyList<MomentEstimator> CurveMethods { get; } = [MomentEstimator.WithControlVariates, MomentEstimator.Centered];

    /// <summary>Goyal &amp; Ullah's Table 1: d → (tensor decomposition, standard NN) "average error".</summary>
    public static IReadOnlyDictionary<int, (double Tensor, double Network)> Published { get; } = new Dictionary<int, (double, double)>
    {
        [3] = (1.82, 0.564),
        [5] = (2.03, 0.663),
        [10] = (2.79, 0.682),
        [20] = (5.67, 1.237),
    };

    /// <summary>k = ⌈d/2⌉.</summary>
    public static int HiddenUnits(int dimension) => (dimension + 1) / 2;
}
