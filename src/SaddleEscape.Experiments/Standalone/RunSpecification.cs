namespace SaddleEscape.Experiments.Standalone;

/// <summary>
/// One run of one optimiser on one catalogue problem, as <c>saddle run</c> takes it (and as each cell of a sweep
/// makes it): problem and settings, optimiser and options, seed, stopping rules and certificate tolerances.
/// </summary>
/// <param name="Problem">Problem name.</param>
/// <param name="Dimension">Its size (null: the problem's default).</param>
/// <param name="Set">Problem key=value settings.</param>
/// <param name="Optimizer">Optimizer name.</param>
/// <param name="Opt">Optimizer key=value options.</param>
/// <param name="Seed">Seed of the start point and of every random draw.</param>
/// <param name="MaxIterations">Iteration cap; 0 certifies the start without moving.</param>
/// <param name="GradientTolerance">Stop when ‖grad f‖ ≤ this (for methods that escape saddles: and λ_min ≥ −<see cref="CertificateEigenvalueTolerance"/>).</param>
/// <param name="TargetValue">Stop when f ≤ this.</param>
/// <param name="TargetGap">Stop when f − f* ≤ this (problems with a known f*).</param>
/// <param name="MaxGradients">Stop after this many gradient evaluations.</param>
/// <param name="MaxSeconds">Stop after this much wall time.</param>
/// <param name="CertificateGradientTolerance">Certificate: stationary when ‖grad f‖ ≤ this.</param>
/// <param name="CertificateEigenvalueTolerance">Certificate: eigenvalues within ±this·max(1, |λ_max|) count as 0.</param>
/// <param name="Certificate">How much the certificate may do: off, fast or full (default).</param>
/// <param name="MonitorEvery">Stochastic optimisers: evaluate the true f and gradient every N iterations (null: 1, or max-iters/500 for problems with a stochastic oracle).</param>
public sealed record RunSpecification(
    string Problem, int? Dimension, IReadOnlyList<string> Set, string Optimizer, IReadOnlyList<string> Opt, int Seed = 0,
    long MaxIterations = 10_000, double GradientTolerance = 1e-10, double? TargetValue = null, double? TargetGap = null,
    long? MaxGradients = null, double? MaxSeconds = null, double CertificateGradientTolerance = 1e-6,
    double CertificateEigenvalueTolerance = 1e-6, int? MonitorEvery = null, SaddleEscape.Landscape.CertificateMode Certificate = SaddleEscape.Landscape.CertificateMode.Full);
