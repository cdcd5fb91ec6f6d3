using System.Globalization;

namespace SaddleEscape.Benchmarking;

/// <summary>
/// One anytime target of a run. <see cref="BenchTargetKinds.SecondOrder"/> at level ε: ‖grad f(x)‖ ≤ ε and
/// λ_min(Hess f(x)) ≥ −√(ρε) (an (ε, √(ρε)) second-order stationary point, Jin et al. 2017 Def. 4; Riemannian gradient and
/// Hessian on a manifold). <see cref="BenchTargetKinds.Value"/> at level Δ: f(x) − f* ≤ Δ (absolute), where f* is known.
/// </summary>
/// <param name="Kind"><c>sosp</c> or <c>value</c> (<see cref="BenchTargetKinds"/>).</param>
/// <param name="Level">ε or Δ.</param>
public sealed record BenchTarget(string Kind, double Level)
{
    /// <summary>"sosp:1e-03" style label.</summary>
    public override string ToString() => $"{Kind}:{Level.ToString("0e+00", CultureInfo.InvariantCulture)}";
}
