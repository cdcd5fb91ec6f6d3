namespace SaddleEscape.Experiments.SaddleBench;

/// <summary>A step curve of one solver (an ECDF, a performance or a data profile): at X[i] the curve rises to Y[i].</summary>
/// <param name="Solver">Solver.</param>
/// <param name="Scope">A family label, or <c>all</c>.</param>
/// <param name="X">Abscissae, ascending (cost/n, τ or α).</param>
/// <param name="Y">Fractions in [0, 1], non-decreasing.</param>
public sealed record SaddleBenchCurve(string Solver, string Scope, IReadOnlyList<double> X, IReadOnlyList<double> Y)
{
    /// <summary>The curve's value at <paramref name="x"/> (0 before the first step).</summary>
    public double At(double x)
    {
        double y = 0;
        for (int i = 0; i < X.Count && X[i] <= x; i++)
        {
            y = Y[i];
        }

        return y;
    }
}
