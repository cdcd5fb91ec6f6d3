namespace SaddleEscape.NeuralLift;

/// <summary>How NN-LIFT estimates the first-layer biases b₁ once the directions are known.</summary>
public enum BiasMethod
{
    /// <summary>The Fourier method of Janzamin, Sedghi &amp; Anandkumar (2015, Procedure 2), as Goyal &amp; Ullah use it (<see cref="FourierBiasEstimator"/>).</summary>
    Fourier,

    /// <summary>Profile least squares: each b₁,j by search over a grid with the ridge readout refitted (<see cref="ProfileBiasSearch"/>); ours.</summary>
    ProfileLeastSquares,
}
