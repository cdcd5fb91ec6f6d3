namespace SaddleEscape.Landscape;

/// <summary>Extreme eigenpairs of a symmetric operator estimated by <see cref="Lanczos"/>.</summary>
/// <param name="MinEigenvalue">Smallest Ritz value θ_min (an upper bound on λ_min).</param>
/// <param name="MaxEigenvalue">Largest Ritz value θ_max (a lower bound on λ_max).</param>
/// <param name="MinEigenvector">Unit Ritz vector of θ_min, in R^n.</param>
/// <param name="MinResidual">‖A·q − θ_min·q‖ for that Ritz vector: some eigenvalue lies within it of θ_min.</param>
/// <param name="MaxResidual">The same for θ_max.</param>
/// <param name="RitzValues">All Ritz values, ascending (the whole spectrum when <see cref="Exhausted"/>).</param>
/// <param name="Steps">Krylov dimension reached (= operator products used).</param>
/// <param name="Exhausted">True when the Krylov space filled the operator's whole domain.</param>
public sealed record LanczosResult(
    double MinEigenvalue, double MaxEigenvalue, double[] MinEigenvector, double MinResidual, double MaxResidual,
    double[] RitzValues, int Steps, bool Exhausted)
{
    /// <summary>The step cap that applied (domain, <see cref="LanczosOptions.MaxSteps"/> or the memory limit, whichever was least).</summary>
    public int StepLimit { get; init; }

    /// <summary>True when <see cref="LanczosOptions.MaxBasisBytes"/> lowered the step cap.</summary>
    public bool LimitedByMemory { get; init; }

    /// <summary>The relative residual tolerance the run used (<see cref="LanczosOptions.Tolerance"/>).</summary>
    public double Tolerance { get; init; }

    /// <summary>True when the space was exhausted or θ_min's residual is within <see cref="Tolerance"/>·max(1, |θ_min|).</summary>
    public bool MinConverged => Exhausted || MinResidual <= Tolerance * Math.Max(1, Math.Abs(MinEigenvalue));
}
