namespace SaddleEscape.Benchmarking;

/// <summary>
/// One SaddleBench run, as the harness saw it: the cell and solver, how it ended, whether it claimed convergence and whether
/// that claim is a false success, the final point's certificate, the harness's counts and the first hit of every target.
/// </summary>
/// <param name="SuiteVersion"><see cref="BenchSuite.Version"/>.</param>
/// <param name="Family">The suite's family label.</param>
/// <param name="Dimension">The family's size parameter.</param>
/// <param name="PointLength">n, the length of a point.</param>
/// <param name="Instance">Instance number.</param>
/// <param name="Start">Start kind.</param>
/// <param name="Solver">Solver name.</param>
/// <param name="Seed">The solver's seed.</param>
/// <param name="Budget">Budget in gradient-equivalents.</param>
/// <param name="Outcome"><see cref="BenchOutcomes"/>.</param>
/// <param name="ClaimsConvergence">True when the solver returned claiming convergence.</param>
/// <param name="FalseSuccess">A claim at a point that is not an (ε, √(ρε)) point for ε = <see cref="BenchSuite.ClaimTolerance"/>.</param>
/// <param name="Detail">The solver's word on why it stopped, or the error message.</param>
/// <param name="FinalValue">f at the final point (the returned one; the last point asked about when the run was stopped).</param>
/// <param name="FinalGap">f − f* there (null without f*).</param>
/// <param name="FinalGradientNorm">‖grad f‖ there.</param>
/// <param name="FinalLambdaMin">λ_min there by the harness's Lanczos (θ_min less its residual unless exhausted).</param>
/// <param name="Classification">The certificate's classification of the final point.</param>
/// <param name="Counts">The harness's counts at the end.</param>
/// <param name="Hits">Every target and its first hit.</param>
/// <param name="LanczosRuns">Lanczos runs of the harness for the targets (uncharged).</param>
/// <param name="CertificateHessianVectorProducts">Their HVPs (uncharged).</param>
/// <param name="Rho">ρ of √(ρε).</param>
/// <param name="SolverDescription">The solver's settings on this instance.</param>
/// <param name="ValueLog">The harness's value log with COCO's triggers (null without f*, and in records stored before it existed).</param>
public sealed record BenchRecord(
    string SuiteVersion, string Family, int Dimension, int PointLength, int Instance, string Start, string Solver, int Seed, long Budget,
    string Outcome, bool ClaimsConvergence, bool FalseSuccess, string? Detail,
    double FinalValue, double? FinalGap, double FinalGradientNorm, double FinalLambdaMin, string Classification,
    BenchCounts Counts, IReadOnlyList<BenchTargetHit> Hits, int LanczosRuns, long CertificateHessianVectorProducts, double Rho,
    string SolverDescription, BenchValueLog? ValueLog = null);
