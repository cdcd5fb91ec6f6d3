namespace SaddleEscape.Objectives;

/// <summary>
/// The single door through which optimisers and certificates reach an objective: counts every
/// call (<see cref="Counts"/>), gives the exact Hessian-vector product where the objective has
/// one and a central finite-difference one otherwise, and the stochastic oracle where the
/// objective has one (otherwise the exact gradient stands in for it).
/// </summary>
public sealed class Oracle
{
    private readonly IHessianVectorProduct? _exactHessian;
    private readonly FiniteDifferenceHessian? _fdHessian;
    private readonly IStochasticObjective? _stochastic;

    /// <summary>
    /// Wraps <paramref name="objective"/>; <paramref name="stochastic"/> overrides its own
    /// stochastic oracle (if any), e.g. with <see cref="AdditiveGaussianGradientNoise"/>.
    /// </summary>
    public Oracle(IObjective objective, IStochasticObjective? stochastic = null)
    {
        ArgumentNullException.ThrowIfNull(objective);
        Objective = objective;
        _exactHessian = objective as IHessianVectorProduct;
        _stochastic = stochastic ?? objective as IStochasticObjective;
        if (_exactHessian is null)
        {
            _fdHessian = new FiniteDifferenceHessian(objective);
        }
    }

    /// <summary>The wrapped objective.</summary>
    public IObjective Objective { get; }

    /// <summary>Length of the flat parameter vector.</summary>
    public int Dimension => Objective.Dimension;

    /// <summary>True when Hessian-vector products are exact (not finite differences).</summary>
    public bool HasExactHessian => _exactHessian is not null;

    /// <summary>True when the objective has a genuine stochastic oracle.</summary>
    public bool IsStochastic => _stochastic is not null;

    /// <summary>Calls made so far.</summary>
    public EvaluationCounts Counts { get; } = new();

    /// <summary>f(x).</summary>
    public double Value(ReadOnlySpan<double> x)
    {
        Counts.Values++;
        return Objective.Value(x);
    }

    /// <summary>f(x) and ∇f(x).</summary>
    public double ValueAndGradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        Counts.Gradients++;
        return Objective.ValueAndGradient(x, gradient);
    }

    /// <summary>A mini-batch stochastic gradient; the exact gradient when the objective is deterministic.</summary>
    public double StochasticGradient(ReadOnlySpan<double> x, Span<double> gradient, int batchSize, Random random)
    {
        if (_stochastic is null)
        {
            return ValueAndGradient(x, gradient);
        }

        Counts.StochasticGradients++;
        Counts.SampleGradients += batchSize;
        return _stochastic.StochasticGradient(x, gradient, batchSize, random);
    }

    /// <summary>∇²f(x)·v, exact where available.</summary>
    public void HessianVectorProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result)
    {
        Counts.HessianVectorProducts++;
        if (_exactHessian is not null)
        {
            _exactHessian.HessianVectorProduct(x, v, result);
        }
        else
        {
            _fdHessian!.Apply(x, v, result);
        }
    }
}
