using System.Numerics;

namespace SaddleEscape.NeuralLift;

/// <summary>
/// The logistic sigmoid σ(t) = 1/(1 + e^{−t}) of Goyal &amp; Ullah §3.1, with the derivatives the score-function
/// moments need (σ' = σ(1 − σ), σ'' = σ'(1 − 2σ), σ''' = σ'(1 − 6σ + 6σ²)) and its Fourier transform in the
/// convention of Janzamin, Sedghi &amp; Anandkumar (2015, Procedure 2): Σ(ξ) = ∫ σ(t) e^{−2πiξt} dt. For ξ ≠ 0, by
/// parts, Σ(ξ) = (∫ σ'(t) e^{−2πiξt} dt)/(2πiξ) and the logistic density's characteristic function is
/// πu/sinh(πu) at u = 2πξ, so Σ(ξ) = −iπ/sinh(2π²ξ): phase −π/2 for ξ &gt; 0.
/// </summary>
public static class Sigmoid
{
    /// <summary>σ(t).</summary>
    public static double Value(double t) => t >= 0 ? 1 / (1 + Math.Exp(-t)) : Math.Exp(t) / (1 + Math.Exp(t));

    /// <summary>σ'(t).</summary>
    public static double First(double t)
    {
        double s = Value(t);
        return s * (1 - s);
    }

    /// <summary>σ''(t).</summary>
    public static double Second(double t)
    {
        double s = Value(t);
        return s * (1 - s) * (1 - (2 * s));
    }

    /// <summary>σ'''(t).</summary>
    public static double Third(double t)
    {
        double s = Value(t);
        return s * (1 - s) * (1 - (6 * s) + (6 * s * s));
    }

    /// <summary>The m-th derivative, m ∈ {0, 1, 2, 3}.</summary>
    public static double Derivative(int m, double t) => m switch
    {
        0 => Value(t),
        1 => First(t),
        2 => Second(t),
        3 => Third(t),
        _ => throw new ArgumentOutOfRangeException(nameof(m), m, "derivative order must be 0–3"),
    };

    /// <summary>Σ(ξ) = ∫ σ(t) e^{−2πiξt} dt = −iπ/sinh(2π²ξ) for ξ ≠ 0.</summary>
    public static Complex FourierTransform(double xi)
    {
        if (xi == 0 || double.IsNaN(xi))
        {
            throw new ArgumentOutOfRangeException(nameof(xi), xi, "Σ(ξ) is a distribution at ξ = 0 (σ → 1 at +∞)");
        }

        return new Complex(0, -Math.PI / Math.Sinh(2 * Math.PI * Math.PI * xi));
    }
}
