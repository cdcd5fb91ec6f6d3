namespace SaddleEscape.Objectives;

/// <summary>How many oracle calls a run has made, by kind.</summary>
public sealed class EvaluationCounts
{
    /// <summary>Function values alone (without a gradient).</summary>
    public long Values { get; internal set; }

    /// <summary>Full (deterministic) gradients, each with its value.</summary>
    public long Gradients { get; internal set; }

    /// <summary>Calls to the stochastic oracle (one mini-batch each).</summary>
    public long StochasticGradients { get; internal set; }

    /// <summary>Sample gradients drawn by the stochastic oracle (sum of batch sizes).</summary>
    public long SampleGradients { get; internal set; }

    /// <summary>Hessian-vector products (exact or finite-difference; the latter also cost two gradients, not counted in <see cref="Gradients"/>).</summary>
    public long HessianVectorProducts { get; internal set; }

    /// <summary>Gradient-equivalents charged to the algorithm: full gradients plus stochastic oracle calls.</summary>
    public long GradientEquivalents => Gradients + StochasticGradients;
}
