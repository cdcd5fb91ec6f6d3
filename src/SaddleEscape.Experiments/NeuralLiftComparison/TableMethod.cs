using SaddleEscape.NeuralLift;
using System.Text.Json.Serialization;

namespace SaddleEscape.Experiments.NeuralLiftComparison;

/// <summary>
/// A method of the Table 1 comparison (Goyal &amp; Ullah §4): NN-LIFT with its decomposition and b₁ method
/// (<see cref="LiftMethod"/>) or backpropagation (<see cref="BackpropMethod"/>). Stored as JSON with the discriminator
/// "kind"; <see cref="Name"/> is the text users see in the CSVs and the report.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(LiftMethod), "nn-lift")]
[JsonDerivedType(typeof(BackpropMethod), "backprop")]
public abstract record TableMethod
{
    /// <summary>NN-LIFT as the report runs it: noisy gradient descent (Proc. 5), Fourier b₁ (Janzamin et al. 2015, Procedure 2).</summary>
    public static LiftMethod NoisyGradientFourier { get; } = new(LiftDecomposition.NoisyGradient, BiasMethod.Fourier);

    /// <summary>NN-LIFT with the power method (Alg. 6) and the Fourier b₁.</summary>
    public static LiftMethod PowerFourier { get; } = new(LiftDecomposition.PowerMethod, BiasMethod.Fourier);

    /// <summary>NN-LIFT with noisy gradient descent and our profile least-squares b₁.</summary>
    public static LiftMethod NoisyGradientLeastSquares { get; } = new(LiftDecomposition.NoisyGradient, BiasMethod.ProfileLeastSquares);

    /// <summary>NN-LIFT with the power method and our profile least-squares b₁.</summary>
    public static LiftMethod PowerLeastSquares { get; } = new(LiftDecomposition.PowerMethod, BiasMethod.ProfileLeastSquares);

    /// <summary>The same network trained by backpropagation.</summary>
    public static BackpropMethod Backprop { get; } = new();

    /// <summary>The name in the CSVs (e.g. "nn-lift-ngd-fourier", "backprop"); overrides repeat <c>[JsonIgnore]</c>, which System.Text.Json does not inherit.</summary>
    [JsonIgnore]
    public abstract string Name { get; }

    /// <summary>The report's column label.</summary>
    [JsonIgnore]
    public abstract string Label { get; }

    /// <inheritdoc />
    public sealed override string ToString() => Name;
}
