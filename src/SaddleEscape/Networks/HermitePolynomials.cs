namespace SaddleEscape.Networks;

/// <summary>
/// Normalised probabilists' Hermite polynomials h_k = He_k/√(k!) (Ge, Lee &amp; Ma 2018 §A.1): orthonormal under
/// the standard Gaussian, E[h_i(z)h_j(z)] = δ_ij. Recurrence He_{k+1}(z) = z·He_k(z) − k·He_{k−1}(z),
/// hence h_{k+1} = (z·h_k − √k·h_{k−1})/√(k+1).
/// </summary>
public static class HermitePolynomials
{
    /// <summary>h_0(z), …, h_{K}(z) into <paramref name="values"/> (length K + 1).</summary>
    public static void Evaluate(double z, Span<double> values)
    {
        if (values.IsEmpty)
        {
            return;
        }

        values[0] = 1;
        if (values.Length > 1)
        {
            values[1] = z;
        }

        for (int k = 1; k + 1 < values.Length; k++)
        {
            values[k + 1] = ((z * values[k]) - (Math.Sqrt(k) * values[k - 1])) / Math.Sqrt(k + 1);
        }
    }

    /// <summary>h_k(z).</summary>
    public static double Evaluate(int k, double z)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        Span<double> values = k < 256 ? stackalloc double[k + 1] : new double[k + 1];
        Evaluate(z, values);
        return values[k];
    }
}
