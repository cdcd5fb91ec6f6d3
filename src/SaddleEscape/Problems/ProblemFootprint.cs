namespace SaddleEscape.Problems;

/// <summary>
/// What a problem instance costs, computed from its parameters alone (nothing is allocated): command lines check it against
/// their memory limit before the instance is built, and estimate a sweep's time from it (<see cref="ProblemFamily.Footprint"/>).
/// </summary>
/// <param name="Parameters">Numbers in a point (the optimiser's dimension n).</param>
/// <param name="InstanceDoubles">Numbers the instance itself holds (data, components, couplings).</param>
/// <param name="GradientWork">Floating-point operations of one gradient, roughly.</param>
public sealed record ProblemFootprint(double Parameters, double InstanceDoubles, double GradientWork)
{
    /// <summary>Vectors of n numbers a run keeps (iterate, gradient, optimiser state, trace, certificate's first steps).</summary>
    public const int VectorsPerRun = 16;

    /// <summary>A problem whose point, data and gradient all grow linearly with <paramref name="parameters"/>.</summary>
    public static ProblemFootprint Linear(double parameters) => new(parameters, parameters, parameters);

    /// <summary>The memory of the instance and of a run on it, in bytes.</summary>
    public double Bytes => sizeof(double) * (InstanceDoubles + (VectorsPerRun * Parameters));

    /// <summary>What holds the memory, for messages.</summary>
    public string Describe() => FormattableString.Invariant($"{VectorsPerRun} vectors of {Parameters:G4} numbers and {InstanceDoubles:G4} of data");
}
