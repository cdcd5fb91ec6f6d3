namespace SaddleEscape.Experiments.Sweeps;

/// <summary>A sweep file, parsed: problems × their <c>--set</c> grids × optimizers × their <c>--opt</c> grids × dimensions × seeds, how to run each, and what to plot.</summary>
/// <param name="Name">The sweep's name (names its results in the store).</param>
/// <param name="Description">One line for the report.</param>
/// <param name="Problems">Problems with their parameter grids.</param>
/// <param name="Optimizers">Optimizers with their parameter grids.</param>
/// <param name="Dimensions">Dimensions (<c>--dim</c>); empty: each problem's default.</param>
/// <param name="Seeds">Seeds.</param>
/// <param name="MaxIterations">Iteration cap per run.</param>
/// <param name="GradientTolerance">Stop at ‖grad f‖ ≤ this (perturbed methods: with λ_min ≥ −cert_eig_tol).</param>
/// <param name="TargetGap">Stop at f − f* ≤ this (problems with a known f*), or null.</param>
/// <param name="TargetValue">Stop at f ≤ this, or null.</param>
/// <param name="MaxGradients">Gradient budget, or null.</param>
/// <param name="CertificateGradientTolerance">Certificate gradient tolerance.</param>
/// <param name="CertificateEigenvalueTolerance">Certificate eigenvalue tolerance.</param>
/// <param name="Metric">What the figure plots (a <see cref="SweepMetric"/> name).</param>
/// <param name="Axis">Its x-axis: "dimension", or "set.KEY" / "opt.KEY" of a numeric grid.</param>
/// <param name="LogY">Log scale on the metric axis.</param>
public sealed record SweepSpec(
    string Name, string Description, IReadOnlyList<SweepGrid> Problems, IReadOnlyList<SweepGrid> Optimizers, IReadOnlyList<int> Dimensions,
    IReadOnlyList<int> Seeds, long MaxIterations, double GradientTolerance, double? TargetGap, double? TargetValue, long? MaxGradients,
    double CertificateGradientTolerance, double CertificateEigenvalueTolerance, string Metric, string Axis, bool LogY);
