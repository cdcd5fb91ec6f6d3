using SaddleEscape.Landscape;
using SaddleEscape.Minimization;
using SaddleEscape.Optimizers;
using SaddleEscape.Problems;

namespace SaddleEscape.Tests.Optimizers;

/// <summary>
/// A user's own objective — not from the catalogue — started exactly at its strict saddle (g = 0): every escape method,
/// built with no parameter and run with no stopping rule, leaves the saddle and ends at a certified local minimum; plain GD
/// stops at once and its certificate says strict-saddle.
/// f(x) = Σᵢ xᵢ⁴/4 − x₀²/2 + Σ_{i≥1} (i/2)xᵢ² + x₀²x₁²/2 on R⁶: ∇f(0) = 0, ∇²f(0) = diag(−1, 1, …, 5); minima x₀ = ±1, the rest 0, f* = −1/4.
/// </summary>
public sealed class DefaultsEscapeTests
{
    private const int Dimension = 6;

    private static double Value(ReadOnlySpan<double> x)
    {
        double f = (-0.5 * x[0] * x[0]) + (0.5 * x[0] * x[0] * x[1] * x[1]);
        for (int i = 0; i < x.Length; i++)
        {
            double x2 = x[i] * x[i];
            f += (0.25 * x2 * x2) + (i > 0 ? 0.5 * i * x2 : 0);
        }

        return f;
    }

    private static void Gradient(ReadOnlySpan<double> x, Span<double> g)
    {
        for (int i = 0; i < x.Length; i++)
        {
            g[i] = (x[i] * x[i] * x[i]) + (i > 0 ? i * x[i] : -x[i]);
        }

        g[0] += x[0] * x[1] * x[1];
        g[1] += x[0] * x[0] * x[1];
    }

    private static void HessianVector(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> r)
    {
        for (int i = 0; i < x.Length; i++)
        {
            r[i] = ((3 * x[i] * x[i]) + (i > 0 ? i : -1)) * v[i];
        }

        r[0] += (x[1] * x[1] * v[0]) + (2 * x[0] * x[1] * v[1]);
        r[1] += (x[0] * x[0] * v[1]) + (2 * x[0] * x[1] * v[0]);
    }

    private static Problem UserProblem(bool exactHessian) =>
        Problem.Euclidean(Dimension, Value, Gradient, exactHessian ? HessianVector : null);

    public static TheoryData<string> EscapeMethods() =>
        ["pgd", "pagd", "psgd", "noisy-sgd", "noisy-sgd-gaussian", "saddle-ngd", "cubic", "saddle-free-newton", "nc-descent"];

    private static Optimizer WithDefaults(string name) => name switch
    {
        "pgd" => new PerturbedGradientDescent(),
        "pagd" => new PerturbedAcceleratedGradientDescent(),
        "psgd" => new PerturbedStochasticGradientDescent(),
        "noisy-sgd" => new NoisyStochasticGradientDescent(),
        "noisy-sgd-gaussian" => new GaussianNoisyGradientDescent(),
        "saddle-ngd" => new SaddleNormalizedGradientDescent(),
        "cubic" => new CubicRegularization(),
        "saddle-free-newton" => new SaddleFreeNewton(),
        "nc-descent" => new NegativeCurvatureDescent(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    [Fact]
    public void TheUserObjectiveHasItsDerivativesRight()
    {
        var p = UserProblem(true);
        var x = TestPoints.Gaussian(Dimension, 4);
        Assert.True(SaddleEscape.Objectives.DerivativeChecker.CheckGradient(p.Objective, x, new Random(1), tolerance: 1e-7).Passed);
        Assert.True(SaddleEscape.Objectives.DerivativeChecker.CheckHessianVectorProduct(p.Objective, x, new Random(2), tolerance: 1e-7).Passed);
    }

    [Theory]
    [MemberData(nameof(EscapeMethods))]
    public void EveryEscapeMethodLeavesTheExactSaddleWithDefaultsAndEndsAtALocalMinimum(string name)
    {
        foreach (bool exact in new[] { true, false })
        {
            var r = WithDefaults(name).Run(UserProblem(exact), new double[Dimension]);
            Assert.True(r.Iterations > 0, $"{name}: stopped at iteration 0 ({r.StopReason})");
            Assert.Equal(Classification.LocalMinimum, r.Certificate!.Classification);
            Assert.Equal(-0.25, r.FinalValue, 8);
            Assert.NotEqual(StopCode.MaxIterations, r.StopReason.Code);
            Assert.StartsWith("max-iterations 100000 | second-order-stationary", r.StoppingRule, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheOneCallCertificateSeesTheProblemsSymmetryAndNamesASpuriousMinimum()
    {
        // Rank-3 matrix completion, n = 30, 40 % observed (the instance of SymmetryCertificateTests: U* from seed 45, Ω from
        // seed 1045), declared with its O(3) symmetry and f* = 0; saddle-free Newton with defaults from U = 0, a strict saddle.
        var (_, m) = SaddleEscape.Tests.Problems.SymmetricMatrixCompletionTests.Target(30, 3, 45);
        var completion = SymmetricMatrixCompletion.WithRandomMask(m, 3, 0.4, 1045);
        var problem = Problem.Of(completion) with { Symmetry = ContinuousSymmetry.RightOrthogonal(30, 3), KnownMinimum = 0 };
        var r = new SaddleFreeNewton().Run(problem, new double[completion.Dimension]);
        Assert.True(r.Iterations > 0);
        Assert.Equal(Classification.LocalMinimum, r.Certificate!.Classification);
        Assert.Equal(Optimality.Spurious, r.Certificate.Optimality);
        Assert.Equal(3, r.Certificate.ProjectedSymmetryDirections);
        Assert.InRange(r.FinalValue, 0.11, 0.12);

        // Without the declared symmetry the same point is only "degenerate" (three zero eigenvalues).
        var plain = new SaddleFreeNewton().Run(Problem.Of(completion), new double[completion.Dimension]);
        Assert.Equal(Classification.Degenerate, plain.Certificate!.Classification);
    }

    [Fact]
    public void GradientDescentStopsAtOnceAndItsCertificateSaysStrictSaddle()
    {
        var r = new GradientDescent().Run(UserProblem(true), new double[Dimension]);
        Assert.Equal(0, r.Iterations);
        Assert.Equal(StopCode.GradientTolerance, r.StopReason.Code);
        Assert.Equal(Classification.StrictSaddle, r.Certificate!.Classification);
        Assert.Equal(-1, r.Certificate.LambdaMin, 8);
    }

    [Fact]
    public void AStepSizeLeftAutoIsDerivedFromTheCurvatureAtTheStartAndReported()
    {
        // max|λ| of ∇²f(0) is 5, so η = 1/(2·5) = 0.1, from Lanczos on HVPs charged to the run.
        var pgd = new PerturbedGradientDescent();
        var r = pgd.Run(UserProblem(true), new double[Dimension]);
        var used = Assert.IsType<PerturbedGradientDescentSettings>(r.OptimizerSettings);
        Assert.Equal(0.1, used.StepSize!.Value, 10);
        Assert.Null(new PerturbedGradientDescentSettings().StepSize);
        Assert.Contains("auto: 1/(2ℓ̂)", r.OptimizerDescription, StringComparison.Ordinal);
        Assert.True(r.Counts.HessianVectorProducts >= Dimension, "the estimate's HVPs are charged to the run");

        // A problem that states a safe step gets that one instead, and a given step wins over both.
        var hinted = new PerturbedGradientDescent().Run(UserProblem(true) with { SuggestedStepSize = 0.05 }, new double[Dimension]);
        Assert.Equal(0.05, ((PerturbedGradientDescentSettings)hinted.OptimizerSettings!).StepSize!.Value);
        var given = new PerturbedGradientDescent(new PerturbedGradientDescentSettings(StepSize: 0.02)).Run(UserProblem(true), new double[Dimension]);
        Assert.Equal(0.02, ((PerturbedGradientDescentSettings)given.OptimizerSettings!).StepSize!.Value);
    }

    [Fact]
    public void AnOptimizerFinishReasonIsAKebabCaseNameWithTheSentenceInTheDetail()
    {
        // nc-descent from a minimum finds no negative curvature and finishes by its own rule.
        var r = new NegativeCurvatureDescent().Run(UserProblem(true), [1, 0, 0, 0, 0, 0], new MinimizerOptions { Stop = StoppingRule.AfterIterations(10) });
        Assert.Equal("no-negative-curvature", r.StopReason.Name);
        Assert.Contains("−√(ρε)", r.StopReason.Detail, StringComparison.Ordinal);
        Assert.True(OptimizationState.IsKebabCase(r.StopReason.Name));
        Assert.Throws<ArgumentException>(() => new SentenceFinisher().Run(UserProblem(true), [0.5, 0, 0, 0, 0, 0]));
    }

    /// <summary>An optimiser that breaks the rule: it finishes with a sentence as its name.</summary>
    private sealed class SentenceFinisher : Optimizer
    {
        public override string Name => "sentence";

        public override IOptimizerSettings Settings => new GradientDescentSettings();

        public override void Initialize(OptimizationState state)
        {
        }

        public override void Step(OptimizationState state) => state.Finish("no curvature below the threshold", state.X);

        public override string Describe() => "finishes with a sentence";
    }
}
