using SaddleEscape.Landscape;
using SaddleEscape.Objectives;
using SaddleEscape.Optimizers;

namespace SaddleEscape.Minimization;

/// <summary>What a run of <see cref="Minimizer"/> produced.</summary>
public sealed class MinimizationResult
{
    /// <summary>The optimiser's settings as the run used them (auto values filled in).</summary>
    public IOptimizerSettings? OptimizerSettings { get; init; }

    /// <summary>The optimiser's one-line description as the run used it (<see cref="Optimizer.Describe"/>), with where its step size came from.</summary>
    public string OptimizerDescription { get; init; } = "";

    /// <summary>The stopping rule the run used (given, or the optimiser's default), as text.</summary>
    public string StoppingRule { get; init; } = "";

    /// <summary>The final point.</summary>
    public required double[] X { get; init; }

    /// <summary>Steps taken.</summary>
    public required long Iterations { get; init; }

    /// <summary>Oracle calls charged to the algorithm (certificate and monitoring excluded).</summary>
    public required EvaluationCounts Counts { get; init; }

    /// <summary>Hessian-vector products the final certificate used.</summary>
    public required long CertificateHessianVectorProducts { get; init; }

    /// <summary>f at the final point.</summary>
    public required double FinalValue { get; init; }

    /// <summary>‖grad f‖ at the final point.</summary>
    public required double FinalGradientNorm { get; init; }

    /// <summary>Why and when the run stopped (typed: compare <see cref="StopReason.Code"/>).</summary>
    public required StopReason StopReason { get; init; }

    /// <summary>The per-iteration trace (thinned on long runs).</summary>
    public required Trace Trace { get; init; }

    /// <summary>Every event of the run.</summary>
    public required IReadOnlyList<OptimizerEvent> Events { get; init; }

    /// <summary>The second-order certificate of <see cref="X"/>; null when not requested or when the run diverged.</summary>
    public Certificate? Certificate { get; init; }

    /// <summary>Why a requested certificate was not computed (too little free memory), or null.</summary>
    public string? CertificateSkipped { get; init; }

    /// <summary>Wall time of the run, certificate included.</summary>
    public required double WallSeconds { get; init; }

    /// <summary>Number of perturbation events.</summary>
    public int Perturbations => Events.Count(e => e.Kind == EventKind.Perturbation);

    /// <summary>Number of successful escapes.</summary>
    public int Escapes => Events.Count(e => e.Kind == EventKind.Escape);

    /// <summary>True when the run stopped on NaN/Inf or by leaving the objective's domain.</summary>
    public bool Diverged => StopReason.IsDivergence;
}
