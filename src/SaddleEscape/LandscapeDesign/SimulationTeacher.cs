using SaddleEscape.Networks;

namespace SaddleEscape.LandscapeDesign;

/// <summary>The teacher of Ge, Lee &amp; Ma 2018's simulations (Sec. 4): y = a*ᵀ relu(B*x) with B* = I, a* = 1, no noise.</summary>
public static class SimulationTeacher
{
    /// <summary>σ₁ of ReLU, the first Hermite coefficient (½) that App. D's Alg. 1 divides by.</summary>
    public const double ReluSigma1 = 0.5;

    /// <summary>The d-dimensional teacher B* = I, a* = 1, ReLU, noiseless (the same as the simulations' problems with <c>teacher=identity</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> is below 1.</exception>
    public static TeacherNetwork Create(int dimension)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        // The identity teacher draws nothing: the Random is only the signature's.
        return new TeacherNetwork(Enumerable.Repeat(1.0, dimension).ToArray(), TeacherNetwork.OrthogonalFirstLayer("identity", dimension, new Random(0)), dimension, Activation.Relu);
    }
}
