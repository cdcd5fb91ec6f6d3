using SaddleEscape.Landscape;
using SaddleEscape.Manifolds;
using SaddleEscape.Numerics;
using SaddleEscape.Objectives;
using System.Diagnostics;

namespace SaddleEscape.Benchmarking;

/// <summary>
/// The harness's side of one run: it sits between the solver's <see cref="Oracle"/> and the instance's objective, counts
/// every call by kind in its own counters, throws <see cref="BudgetExhaustedException"/> at the first call that would pass
/// the budget, and checks the anytime targets at every call.
/// </summary>
/// <remarks>
/// <para><b>Value targets</b> f − f* ≤ Δ are checked at every call that returns an exact f (values and gradients).</para>
/// <para><b>Second-order targets</b> (‖grad f‖ ≤ ε and λ_min ≥ −√(ρε)): the Riemannian gradient norm comes with every
/// gradient call, so the first condition is checked at every one. λ_min is the certificate's Lanczos (θ_min less its
/// residual unless the Krylov space was exhausted, so that an unconverged estimate errs towards "not reached"), run by the
/// harness through an oracle of its own — its HVPs are not charged — on this checkpoint schedule: at a gradient call where
/// some unreached ε has ‖grad f‖ ≤ ε, Lanczos runs when (a) the point is bit-identical to the last one certified (the
/// last λ_min is reused, no work), (b) a smaller ε has become a candidate than at the last Lanczos run, or (c) the cost
/// has grown by the factor <see cref="CheckpointGrowth"/> since the last run; and always at the final point
/// (<see cref="ObserveFinal"/>). A target met between checkpoints is therefore recorded at the next checkpoint: the cost is
/// overstated by at most the factor <see cref="CheckpointGrowth"/>, unless the condition holds only between checkpoints.</para>
/// <para>A stochastic mini-batch carries no exact f or ∇f: at stochastic calls the harness evaluates f and ∇f itself,
/// uncharged, when the cost has grown by <see cref="CheckpointGrowth"/> since its last such look.</para>
/// <para><b>Value log</b> (where f* is known): every exact f the watch sees (the solver's value and gradient calls, its own
/// stochastic looks and the final point) goes through COCO's two trigger rules (<see cref="BenchValueLog"/>); see
/// <see cref="ValueLog"/>.</para>
/// </remarks>
public sealed class BenchWatch
{
    /// <summary>Factor by which the cost grows between Lanczos checkpoints (2^¼ ≈ 1.19: four per doubling).</summary>
    public const double CheckpointGrowth = 1.189207115002721;

    private readonly IObjective _objective;
    private readonly IManifold _manifold;
    private readonly double[] _epsilons;
    private readonly double[] _deltas;
    private readonly double? _knownMinimum;
    private readonly double _rho;
    private readonly BenchCounts?[] _secondOrderHits;
    private readonly BenchCounts?[] _valueHits;
    private readonly double[] _tangent;
    private readonly double[] _gradient;
    private readonly double[] _lastPoint;
    private readonly double[] _certifiedPoint;
    private readonly Stopwatch _clock;
    private bool _hasLastPoint;
    private bool _hasCertified;
    private double _certifiedLambda = double.NaN;
    private double _lastCandidate = double.PositiveInfinity;
    private double _nextCheckpoint;
    private double _nextStochasticLook;
    private readonly List<BenchLogEntry> _targetLog = [];
    private readonly List<BenchLogEntry> _costLog = [];
    private double _bestValue = double.PositiveInfinity;
    private double _lastValue = double.NaN;
    private int _lastTargetLevel = int.MaxValue;
    private long _nextCostTrigger = 1;

    /// <summary>A watch over <paramref name="objective"/> on <paramref name="manifold"/> with a budget of <paramref name="budget"/> gradient-equivalents.</summary>
    /// <param name="objective">The instance's objective (the harness calls it directly, uncounted, for its own checks).</param>
    /// <param name="manifold">Where points live.</param>
    /// <param name="budget">Gradient-equivalents the solver may spend (<see cref="BenchCostWeights.Primary"/>).</param>
    /// <param name="epsilons">ε of the second-order targets.</param>
    /// <param name="deltas">Δ of the value targets (ignored when <paramref name="knownMinimum"/> is null).</param>
    /// <param name="knownMinimum">f*, when known.</param>
    /// <param name="rho">ρ of √(ρε).</param>
    public BenchWatch(IObjective objective, IManifold manifold, long budget, IReadOnlyList<double> epsilons, IReadOnlyList<double> deltas, double? knownMinimum, double rho)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(manifold);
        ArgumentNullException.ThrowIfNull(epsilons);
        ArgumentNullException.ThrowIfNull(deltas);
        ArgumentOutOfRangeException.ThrowIfLessThan(budget, 1);
        _objective = objective;
        _manifold = manifold;
        Budget = budget;
        _epsilons = [.. epsilons];
        _deltas = knownMinimum is null ? [] : [.. deltas];
        _knownMinimum = knownMinimum;
        _rho = rho;
        _secondOrderHits = new BenchCounts?[_epsilons.Length];
        _valueHits = new BenchCounts?[_deltas.Length];
        int n = objective.Dimension;
        _tangent = new double[n];
        _gradient = new double[n];
        _lastPoint = new double[n];
        _certifiedPoint = new double[n];
        _clock = Stopwatch.StartNew();
    }

    /// <summary>The budget in gradient-equivalents.</summary>
    public long Budget { get; }

    /// <summary>f calls alone.</summary>
    public long Values { get; private set; }

    /// <summary>f and ∇f calls.</summary>
    public long Gradients { get; private set; }

    /// <summary>Exact ∇²f·v calls.</summary>
    public long HessianVectorProducts { get; private set; }

    /// <summary>Stochastic mini-batch calls.</summary>
    public long StochasticGradients { get; private set; }

    /// <summary>Sample gradients in them.</summary>
    public long SampleGradients { get; private set; }

    /// <summary>The primary cost so far (every call one gradient-equivalent).</summary>
    public long Cost => Values + Gradients + HessianVectorProducts + StochasticGradients;

    /// <summary>Lanczos runs the harness made for the second-order targets (not charged).</summary>
    public int LanczosRuns { get; private set; }

    /// <summary>Hessian-vector products those runs used (not charged).</summary>
    public long CertificateHessianVectorProducts { get; private set; }

    /// <summary>The ρ the second-order targets use.</summary>
    public double Rho => _rho;

    /// <summary>The last point the solver asked about (null before its first call).</summary>
    public double[]? LastPoint => _hasLastPoint ? (double[])_lastPoint.Clone() : null;

    /// <summary>The counts now.</summary>
    public BenchCounts Snapshot() => new(
        Values, Gradients, HessianVectorProducts, StochasticGradients, SampleGradients, Cost,
        BenchCostWeights.Alternative.Of(Values, Gradients, HessianVectorProducts, StochasticGradients), _clock.Elapsed.TotalSeconds);

    /// <summary>Every target with the counts at its first hit (second-order targets first, in ladder order, then value targets).</summary>
    public IReadOnlyList<BenchTargetHit> Hits() =>
    [
        .. _epsilons.Select((e, i) => new BenchTargetHit(new BenchTarget(BenchTargetKinds.SecondOrder, e), _secondOrderHits[i])),
        .. _deltas.Select((d, i) => new BenchTargetHit(new BenchTarget(BenchTargetKinds.Value, d), _valueHits[i])),
    ];

    /// <summary>
    /// The oracle a solver gets: a fresh <see cref="Oracle"/> over the watched objective (with an exact HVP exactly when the
    /// objective has one; otherwise the oracle's finite differences cost two watched gradients) and the watched stochastic
    /// oracle, when <paramref name="stochastic"/> is given.
    /// </summary>
    public Oracle CreateOracle(IStochasticObjective? stochastic)
    {
        IObjective watched = _objective is IHessianVectorProduct hvp
            ? new WatchedObjectiveWithHessian(_objective, hvp, this)
            : new WatchedObjective(_objective, this);
        return new Oracle(watched, stochastic is null ? null : new WatchedStochastic(stochastic, this));
    }

    /// <summary>
    /// The run's value log so far (null without f*): the target-triggered lines, and the cost-triggered lines closed by a
    /// line at the current cost with the last exact f (COCO's final <c>.tdat</c> line) unless the last one is already there.
    /// </summary>
    public BenchValueLog? ValueLog()
    {
        if (_knownMinimum is not { } fStar)
        {
            return null;
        }

        var costs = new List<BenchLogEntry>(_costLog);
        if (double.IsFinite(_lastValue) && (costs.Count == 0 || costs[^1].Cost < Cost))
        {
            costs.Add(new BenchLogEntry(Cost, _lastValue, _bestValue));
        }

        return new BenchValueLog(fStar, [.. _targetLog], costs);
    }

    /// <summary>
    /// The next cost trigger after <paramref name="cost"/>: the smallest of ⌈10^(j/20)⌉ (j ≥ 0) and {1, 2, 5}·n·10^i (i ≥ 0)
    /// above it (COCO's evaluation triggers with their defaults: 20 per decade and the base triggers 1, 2, 5 × dimension).
    /// </summary>
    public static long NextCostTrigger(long cost, int pointLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cost);
        ArgumentOutOfRangeException.ThrowIfLessThan(pointLength, 1);
        long next = long.MaxValue;
        int j = cost < 1 ? 0 : Math.Max(0, (int)Math.Floor(BenchValueLog.CostTriggersPerDecade * Math.Log10(cost)) - 1);
        for (; ; j++)
        {
            long t = (long)Math.Ceiling(Math.Pow(10, (double)j / BenchValueLog.CostTriggersPerDecade));
            if (t > cost)
            {
                next = t;
                break;
            }
        }

        for (long scale = pointLength; scale <= next; scale *= 10)
        {
            foreach (long b in (ReadOnlySpan<long>)[1, 2, 5])
            {
                if (b * scale > cost)
                {
                    return Math.Min(next, b * scale);
                }
            }
        }

        return next;
    }

    /// <summary>The ‖grad f‖ ≤ ε and λ_min ≥ −√(ρε) test the second-order targets use, at level <paramref name="epsilon"/>.</summary>
    public bool IsSecondOrderPoint(double gradientNorm, double lambdaMin, double epsilon) =>
        gradientNorm <= epsilon && lambdaMin >= -Math.Sqrt(_rho * epsilon);

    /// <summary>Checks every target at the solver's final point <paramref name="x"/> (Lanczos always runs); returns (‖grad f‖, λ_min) there.</summary>
    public (double GradientNorm, double LambdaMin) ObserveFinal(ReadOnlySpan<double> x)
    {
        double f = _objective.ValueAndGradient(x, _gradient);
        CheckValue(f);
        double gradientNorm = RiemannianNorm(x, _gradient);
        double lambda = LambdaMin(x);
        Record(gradientNorm, lambda);
        return (gradientNorm, lambda);
    }

    internal void Charge(double weight)
    {
        if (Cost + weight > Budget)
        {
            throw new BudgetExhaustedException(Budget);
        }
    }

    internal void CountValue(ReadOnlySpan<double> x, double f)
    {
        Values++;
        Remember(x);
        CheckValue(f);
    }

    internal void CountGradient(ReadOnlySpan<double> x, double f, ReadOnlySpan<double> gradient)
    {
        Gradients++;
        Remember(x);
        CheckValue(f);
        CheckSecondOrder(x, RiemannianNorm(x, gradient));
    }

    internal void CountHessianVectorProduct(ReadOnlySpan<double> x)
    {
        HessianVectorProducts++;
        Remember(x);
    }

    internal void CountStochastic(ReadOnlySpan<double> x, int batchSize)
    {
        StochasticGradients++;
        SampleGradients += batchSize;
        Remember(x);
        if (Cost >= _nextStochasticLook)
        {
            _nextStochasticLook = Math.Max(Cost + 1, Cost * CheckpointGrowth);
            double f = _objective.ValueAndGradient(x, _gradient);
            CheckValue(f);
            CheckSecondOrder(x, RiemannianNorm(x, _gradient));
        }
    }

    private void Remember(ReadOnlySpan<double> x)
    {
        x.CopyTo(_lastPoint);
        _hasLastPoint = true;
    }

    private double RiemannianNorm(ReadOnlySpan<double> x, ReadOnlySpan<double> gradient)
    {
        _manifold.ProjectToTangent(x, gradient, _tangent);
        return LoopKernels.Norm(_tangent);
    }

    private void CheckValue(double f)
    {
        if (_knownMinimum is not { } fStar || !double.IsFinite(f))
        {
            return;
        }

        for (int i = 0; i < _deltas.Length; i++)
        {
            if (_valueHits[i] is null && f - fStar <= _deltas[i])
            {
                _valueHits[i] = Snapshot();
            }
        }

        LogValue(f, fStar);
    }

    private void LogValue(double f, double fStar)
    {
        _lastValue = f;
        long cost = Cost;
        if (f < _bestValue)
        {
            _bestValue = f;
            double gap = f - fStar;
            int level = gap > 0 ? (int)Math.Ceiling(BenchValueLog.TargetsPerDecade * Math.Log10(gap)) : int.MinValue;
            if (level < _lastTargetLevel)
            {
                _lastTargetLevel = level;
                _targetLog.Add(new BenchLogEntry(cost, f, f));
            }
        }

        if (cost >= _nextCostTrigger)
        {
            _costLog.Add(new BenchLogEntry(cost, f, _bestValue));
            _nextCostTrigger = NextCostTrigger(cost, _tangent.Length);
        }
    }

    private void CheckSecondOrder(ReadOnlySpan<double> x, double gradientNorm)
    {
        if (!double.IsFinite(gradientNorm))
        {
            return;
        }

        double candidate = double.PositiveInfinity;
        for (int i = 0; i < _epsilons.Length; i++)
        {
            if (_secondOrderHits[i] is null && gradientNorm <= _epsilons[i])
            {
                candidate = Math.Min(candidate, _epsilons[i]);
            }
        }

        if (double.IsPositiveInfinity(candidate))
        {
            return;
        }

        bool same = _hasCertified && x.SequenceEqual(_certifiedPoint);
        if (!same && candidate >= _lastCandidate && Cost < _nextCheckpoint)
        {
            return;
        }

        _lastCandidate = candidate;
        Record(gradientNorm, same ? _certifiedLambda : LambdaMin(x));
    }

    private double LambdaMin(ReadOnlySpan<double> x)
    {
        var op = new RiemannianHessianOperator(new Oracle(_objective), _manifold, x);
        var result = Lanczos.ExtremeEigenpairs(op, new LanczosOptions { MaxBasisBytes = CertificateOptions.DefaultMemoryBudget });
        LanczosRuns++;
        CertificateHessianVectorProducts += result.Steps;
        x.CopyTo(_certifiedPoint);
        _hasCertified = true;
        _certifiedLambda = result.MinEigenvalue - (result.Exhausted ? 0 : result.MinResidual);
        _nextCheckpoint = Math.Max(Cost + 1, Cost * CheckpointGrowth);
        return _certifiedLambda;
    }

    private void Record(double gradientNorm, double lambdaMin)
    {
        if (!double.IsFinite(lambdaMin))
        {
            return;
        }

        BenchCounts? now = null;
        for (int i = 0; i < _epsilons.Length; i++)
        {
            if (_secondOrderHits[i] is null && IsSecondOrderPoint(gradientNorm, lambdaMin, _epsilons[i]))
            {
                _secondOrderHits[i] = now ??= Snapshot();
            }
        }
    }
}
