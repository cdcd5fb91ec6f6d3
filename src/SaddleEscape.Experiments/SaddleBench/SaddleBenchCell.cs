namespace SaddleEscape.Experiments.SaddleBench;

/// <summary>Per (solver, family, dimension, target): COCO's numbers over the instances and starts.</summary>
/// <param name="Solver">Solver.</param>
/// <param name="Family">Family label.</param>
/// <param name="Dimension">Dimension.</param>
/// <param name="TargetKind">sosp or value.</param>
/// <param name="Target">ε or Δ.</param>
/// <param name="Runs">Runs.</param>
/// <param name="Successes">Runs that reached the target.</param>
/// <param name="FalseSuccesses">Runs whose convergence claim the certificate rejected.</param>
/// <param name="Ert">Expected running time (aRT): the cost of every run up to its hit (or its whole cost when it missed) ÷ successes; +∞ without one.</param>
/// <param name="ErtLow">2.5 % bootstrap quantile of the ERT (1 000 resamples of the runs).</param>
/// <param name="ErtHigh">97.5 % bootstrap quantile.</param>
public sealed record SaddleBenchCell(
    string Solver, string Family, int Dimension, string TargetKind, double Target, int Runs, int Successes, int FalseSuccesses,
    double Ert, double ErtLow, double ErtHigh)
{
    /// <summary>Successes ÷ runs.</summary>
    public double SuccessRate => Runs == 0 ? double.NaN : (double)Successes / Runs;

    /// <summary>False successes ÷ runs.</summary>
    public double FalseSuccessRate => Runs == 0 ? double.NaN : (double)FalseSuccesses / Runs;
}
