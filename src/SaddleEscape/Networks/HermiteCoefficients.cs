namespace SaddleEscape.Networks;

/// <summary>
/// Hermite coefficients σ_k = E[σ(z)h_k(z)], z ~ N(0,1) (Ge, Lee &amp; Ma 2018 §A.1), and the closed forms for
/// ReLU. Seed 003's footnote 4 gives |σ_k| only; with signs, for ReLU σ₀ = 1/√(2π), σ₁ = 1/2,
/// σ_k = 0 for odd k ≥ 3, and σ_k = (−1)^{k/2+1}(k−3)!!/√(2π·k!) for even k ≥ 2 (so σ₄ ≈ −0.0814 &lt; 0).
/// </summary>
public static class HermiteCoefficients
{
    /// <summary>
    /// σ_0 … σ_K by quadrature of σ(z)h_k(z)φ(z) over [−20, 20], split at 0 (so a kink there, as in
    /// ReLU, costs nothing) into 80 panels of width 0.5, each with a 24-point Gauss–Legendre rule
    /// (MathNet): accurate to ~1e-13 for the orders used here (K ≤ 60; the Gaussian mass beyond 20 is
    /// below 1e-87). Gauss–Hermite (<see cref="GaussHermiteRule"/>) converges only algebraically for
    /// ReLU's kink and slowly for tanh (poles at ±iπ/2: 60 vs 200 nodes disagree at 1e-9), so it is
    /// kept for smooth integrands and tests.
    /// </summary>
    public static double[] Compute(Activation activation, int maxOrder)
    {
        ArgumentNullException.ThrowIfNull(activation);
        ArgumentOutOfRangeException.ThrowIfNegative(maxOrder);
        var result = new double[maxOrder + 1];
        var h = new double[maxOrder + 1];
        Panels((z, w) =>
        {
            HermitePolynomials.Evaluate(z, h);
            double s = activation.Function(z) * w;
            for (int k = 0; k <= maxOrder; k++)
            {
                result[k] += s * h[k];
            }
        });
        return result;
    }

    /// <summary>Calls <paramref name="visit"/>(z, weight·φ(z)) for every node of the panel rule on [−20, 20].</summary>
    private static void Panels(Action<double, double> visit)
    {
        const int order = 24;
        var rule = new MathNet.Numerics.Integration.GaussLegendreRule(-1, 1, order);
        double density = 1 / Math.Sqrt(2 * Math.PI);
        for (int p = -40; p < 40; p++)
        {
            double a = p * 0.5, b = a + 0.5;
            for (int i = 0; i < order; i++)
            {
                double z = (0.5 * (b - a) * rule.GetAbscissa(i)) + (0.5 * (a + b));
                visit(z, 0.5 * (b - a) * rule.GetWeight(i) * density * Math.Exp(-0.5 * z * z));
            }
        }
    }

    /// <summary>The closed-form ReLU coefficient σ_k (see the class remarks).</summary>
    public static double Relu(int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        if (k == 0)
        {
            return 1 / Math.Sqrt(2 * Math.PI);
        }

        if (k == 1)
        {
            return 0.5;
        }

        if (k % 2 == 1)
        {
            return 0;
        }

        double doubleFactorial = 1;
        for (int j = k - 3; j > 1; j -= 2)
        {
            doubleFactorial *= j;
        }

        double logFactorial = 0;
        for (int j = 2; j <= k; j++)
        {
            logFactorial += Math.Log(j);
        }

        double sign = (k / 2) % 2 == 1 ? 1 : -1;
        return sign * doubleFactorial / Math.Sqrt(2 * Math.PI * Math.Exp(logFactorial));
    }

    /// <summary>E[σ(z)²] by the same quadrature: Parseval's Σ_k σ_k² equals it, so the tail beyond K is E[σ²] − Σ_{k≤K} σ_k².</summary>
    public static double SecondMoment(Activation activation)
    {
        ArgumentNullException.ThrowIfNull(activation);
        double sum = 0;
        Panels((z, w) =>
        {
            double v = activation.Function(z);
            sum += v * v * w;
        });
        return sum;
    }
}
