using MathNet.Numerics.LinearAlgebra;
using SaddleEscape.Benchmarking;
using SaddleEscape.Experiments.Protocol;
using SaddleEscape.Objectives;
using SaddleEscape.Problems;
using System.Globalization;
using System.Text.Json;

namespace SaddleEscape.Tests.Protocol;

/// <summary>ProcessSolver against Python children: counts are the harness's, failures are outcomes, numbers round-trip.</summary>
public sealed class ProcessSolverTests
{
    private static string Python => PythonInterpreter.Find() ?? "python3";

    [PythonFact]
    public void ThroughTheProtocolTheCountsAreExactlyTheOraclesAndTheSolversOwnAreIgnored()
    {
        foreach (string[] args in new[] { Array.Empty<string>(), ["--lie"] })
        {
            var task = ProtocolTasks.QuadraticSaddle();
            var solver = new ProcessSolver(ProtocolTasks.Command(Python, "counting_solver.py", args));
            var claim = solver.Solve(task, CancellationToken.None);
            var c = task.Oracle.Counts;
            // 3 f + 1 in the batch; 4 grad + 1 in the batch + riemannian_grad + riemannian_hvp's gradient + sample_grad
            // (no stochastic oracle: the exact gradient stands in); 2 hvp + 1 in the batch + riemannian_hvp's.
            Assert.Equal((4L, 8L, 4L, 0L), (c.Values, c.Gradients, c.HessianVectorProducts, c.StochasticGradients));
            Assert.True(claim.ClaimsConvergence);
            Assert.Equal(Enumerable.Repeat(0.5, 10), claim.Point);
            string expectedDetail = args.Length == 0
                ? "my counts: [('f', 4), ('grad', 5), ('hvp', 3), ('project', 1), ('retract', 1), ('riemannian_grad', 1), ('riemannian_hvp', 1), ('sample_grad', 1)]"
                : "my counts: [('f', 1), ('grad', 1), ('hvp', 0)]";
            Assert.Equal(expectedDetail, claim.Detail);
        }
    }

    [PythonFact]
    public void ThePythonClientsOwnUnitTestsPass()
    {
        var (code, output) = PythonInterpreter.Run(Python, ["-m", "unittest", "discover", "-v"], Path.Combine(RepositoryRoot.Path, "clients", "python"), TimeSpan.FromMinutes(2));
        Assert.True(code == 0, output);
        Assert.Contains("OK", output, StringComparison.Ordinal);
    }

    [PythonTheory]
    [InlineData("malformed", "protocol-error", "a line is not JSON")]
    [InlineData("unknown", "protocol-error", "unknown request 'gradient_please'")]
    [InlineData("wrong-length", "protocol-error", "'grad': 'x' has 11 numbers, the dimension is 10")]
    [InlineData("nan", "protocol-error", "NaN and Infinity are not JSON numbers")]
    [InlineData("string-in-point", "protocol-error", "'grad': x[9] is not a finite number (got \"NaN\")")]
    [InlineData("long-line", "protocol-error", "a line is longer than max_line_bytes")]
    [InlineData("no-hello", "protocol-error", "the first line must be 'hello' (got 'grad')")]
    [InlineData("protocol-2", "protocol-error", "the solver speaks protocol 2")]
    [InlineData("done-without-x", "protocol-error", "'done' needs the point 'x'")]
    [InlineData("timeout", "timeout", "the solver sent no line within 2 s")]
    [InlineData("crash", "crashed", "the solver exited with status 3 before 'done'")]
    [InlineData("exit-0", "crashed", "the solver exited with status 0 before 'done'")]
    public void EachFailureIsItsOutcomeAndTheChildIsGone(string mode, string outcome, string message)
    {
        // 2 s only where the timeout is the point: elsewhere a loaded machine may take longer than that to start Python.
        var timeout = TimeSpan.FromSeconds(mode == "timeout" ? 2 : 60);
        WithMisbehavingChild(mode, timeout, solver =>
        {
            var started = DateTime.UtcNow;
            var e = Assert.Throws<SolverProtocolException>(() => solver.Solve(ProtocolTasks.QuadraticSaddle(), CancellationToken.None));
            Assert.Equal(outcome, e.Outcome);
            Assert.Contains(message, e.Message, StringComparison.Ordinal);
            Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(45), "the harness waited too long");
            if (mode == "crash")
            {
                var tail = e.StderrTail.Split('\n');
                Assert.Equal(20, tail.Length);
                Assert.Equal("Traceback: the solver fell over", tail[^1]);
                Assert.Equal("noise line 11", tail[0]);
            }
        });
    }

    [PythonFact]
    public void ASpentBudgetIsToldToTheChildWhichIsKilledAndTheOraclesExceptionGoesThrough()
    {
        var transcript = new StringWriter();
        WithMisbehavingChild("budget", null, solver =>
        {
            var task = ProtocolTasks.QuadraticSaddle(budget: 25);
            var e = Assert.Throws<BudgetExhaustedException>(() => new ProcessSolver(solver.Command) { Transcript = transcript }.Solve(task, CancellationToken.None));
            Assert.Equal(25, e.Budget);
            Assert.Equal(26, task.Oracle.Counts.Gradients);
        });
        Assert.EndsWith("> {\"type\":\"budget_exhausted\",\"budget\":25,\"message\":\"the budget of 25 gradient-equivalents is spent\"}", transcript.ToString().TrimEnd(), StringComparison.Ordinal);
    }

    [PythonFact]
    public void CancellationKillsTheChildAndIsNotAnOutcome()
    {
        WithMisbehavingChild("timeout", null, solver =>
        {
            using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            var started = DateTime.UtcNow;
            Assert.ThrowsAny<OperationCanceledException>(() => solver.Solve(ProtocolTasks.QuadraticSaddle(), cancel.Token));
            Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(30), "cancellation waited for the 60 s timeout");
        });
    }

    /// <summary>Runs <paramref name="body"/> with misbehaving_solver.py MODE, then checks that the child (its pid from the script) is gone.</summary>
    private static void WithMisbehavingChild(string mode, TimeSpan? timeout, Action<ProcessSolver> body)
    {
        string pidFile = Path.GetTempFileName();
        try
        {
            body(new ProcessSolver(ProtocolTasks.Command(Python, "misbehaving_solver.py", mode, pidFile), timeout: timeout));
            // An empty file: on a loaded machine the 2 s timeout can fire before Python runs its first line; the child was
            // killed before it wrote its pid, so there is no pid to look for.
            string written = File.ReadAllText(pidFile);
            if (written.Length == 0)
            {
                return;
            }

            int pid = int.Parse(written, CultureInfo.InvariantCulture);
            Assert.False(Directory.Exists($"/proc/{pid}"), $"the child {pid} is still there");
        }
        finally
        {
            File.Delete(pidFile);
        }
    }

    [PythonFact]
    public void SampleGradIsTheHarnesssStochasticOracleSeededByTheTask()
    {
        var family = ProblemFamilies.Get("quadratic-saddle");
        var parameters = (QuadraticSaddleParameters)family.DefaultParameters with { GradientNoise = 0.5 };
        double[] Run(int seed, out EvaluationCounts counts)
        {
            var instance = family.Create(6, parameters, 0);
            var oracle = new Oracle(instance.Objective, instance.Stochastic);
            var task = new BenchTask("quadratic-saddle", 6, 0, "exact-saddle", oracle, instance.Manifold, new double[6], 100, seed, 1e-6);
            var point = new ProcessSolver(ProtocolTasks.Command(Python, "sampling_solver.py")).Solve(task, CancellationToken.None).Point;
            counts = oracle.Counts;
            return point;
        }

        var first = Run(11, out var c);
        var again = Run(11, out _);
        var other = Run(12, out _);
        Assert.Equal((3L, 12L, 0L), (c.StochasticGradients, c.SampleGradients, c.Gradients));
        Assert.Equal(first.Select(BitConverter.DoubleToInt64Bits), again.Select(BitConverter.DoubleToInt64Bits));
        Assert.NotEqual(first, other);
        Assert.True(first.Any(v => v != 0), "the noise never reached the child: the gradient at the saddle is 0");
    }

    [PythonFact]
    public void HardDoublesRoundTripBitForBitBothWays()
    {
        double[] hard =
        [
            double.Epsilon, 0.1 + 0.2, double.MaxValue, -double.MaxValue, -0.0, 2.2250738585072014e-308,
            2.225073858507201e-308, 1.0 / 3.0, -1e-300, 123456789.125,
        ];
        var objective = new EchoObjective(hard);
        var task = new BenchTask("echo", 10, 0, "random", new Oracle(objective), new SaddleEscape.Manifolds.Euclidean(10), hard, 10, 0, 1e-6);
        var claim = new ProcessSolver(ProtocolTasks.Command(Python, "roundtrip_solver.py")).Solve(task, CancellationToken.None);
        Assert.Equal(hard.Select(BitConverter.DoubleToInt64Bits), objective.Seen!.Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(hard.Select(BitConverter.DoubleToInt64Bits), claim.Point.Select(BitConverter.DoubleToInt64Bits));
        Assert.True(claim.ClaimsConvergence, "the problem's x0 did not reach Python exactly");
        Assert.Equal(BitConverter.DoubleToInt64Bits(0.1 + 0.2), BitConverter.DoubleToInt64Bits(double.Parse(claim.Detail!, CultureInfo.InvariantCulture)));
    }

    [PythonFact]
    public void OnASphereGradIsEuclideanAndTheRiemannianRequestsUseTheHarnesssManifold()
    {
        var instance = ProblemFamilies.Get("spin-glass").Create(6, 3);
        var oracle = new Oracle(instance.Objective);
        var task = new BenchTask("spin-glass", 6, 3, "random", oracle, instance.Manifold, instance.Start, 100, 0, 1e-6);
        var transcript = new StringWriter();
        var solver = new ProcessSolver(ProtocolTasks.Command(Python, "sphere_solver.py")) { Transcript = transcript };
        var claim = solver.Solve(task, CancellationToken.None);
        var replies = transcript.ToString().Split('\n').Where(l => l.StartsWith("> ", StringComparison.Ordinal)).Select(l => JsonDocument.Parse(l[2..]).RootElement).ToList();
        Assert.Equal("sphere", replies[0].GetProperty("manifold").GetProperty("kind").GetString());
        double[] Vec(JsonElement e, string field) => e.GetProperty(field).EnumerateArray().Select(v => v.GetDouble()).ToArray();
        var x = instance.Start;
        var v = Enumerable.Range(0, 6).Select(i => 0.1 * (i + 1)).ToArray();
        var g = new double[6];
        var fresh = new Oracle(instance.Objective);
        fresh.ValueAndGradient(x, g);
        var rg = new double[6];
        instance.Manifold.ProjectToTangent(x, g, rg);
        var tv = new double[6];
        instance.Manifold.ProjectToTangent(x, v, tv);
        var hv = new double[6];
        fresh.HessianVectorProduct(x, tv, hv);
        instance.Manifold.RiemannianHessianVector(x, g, hv, tv, hv);
        var retracted = new double[6];
        instance.Manifold.Retract(x, v, retracted);
        Assert.Equal(g, Vec(replies[1], "g"));
        Assert.Equal(rg, Vec(replies[2], "g"));
        Assert.Equal(hv, Vec(replies[3], "hv"));
        Assert.Equal(retracted, Vec(replies[4], "x"));
        Assert.Equal(tv, Vec(replies[5], "v"));
        Assert.True(Math.Abs(rg.Zip(x).Sum(p => p.First * p.Second)) < 1e-12, "the Riemannian gradient is not tangent");
        Assert.True(g.Zip(rg).Max(p => Math.Abs(p.First - p.Second)) > 1e-3, "grad and riemannian_grad agree: the test shows nothing");
        Assert.Equal(1.0, Math.Sqrt(retracted.Sum(r => r * r)), 12);
        // grad, riemannian_grad, and riemannian_hvp (its Weingarten term needs ∇f): three gradients, one HVP.
        Assert.Equal((3L, 1L), (oracle.Counts.Gradients, oracle.Counts.HessianVectorProducts));
        Assert.False(claim.ClaimsConvergence);
    }

    [Fact]
    public void TheNameComesFromTheCommandWhenTheChildGivesNone()
    {
        Assert.Equal("scipy-trust-ncg", SolverCommandName.FromArguments(["python3", "clients/python/peers/scipy_solver.py", "trust-ncg"]));
        Assert.Equal("torch-adam", SolverCommandName.FromArguments(["python3", "peers/torch_solver.py", "adam", "--lr", "0.1"]));
        Assert.Equal("my", SolverCommandName.FromArguments(["./My_Solver", "--fast"]));
        Assert.Equal("gradient-descent", SolverCommandName.FromArguments(["python3", "-u", "examples/gradient_descent.py"]));
        Assert.Equal("explicit", new ProcessSolver("/nonexistent/program", "explicit").Name);
        Assert.Equal("program", new ProcessSolver("/nonexistent/program").Name);
        Assert.Throws<ArgumentException>(() => new ProcessSolver("python3 'unbalanced"));
        Assert.Throws<ArgumentException>(() => new ProcessSolver("   "));
        Assert.Throws<ArgumentException>(() => new ProcessSolver("python3 x.py", "Bad Name"));
    }

    [PythonFact]
    public void TheNameIsTheOneTheChildSaysInItsHello()
    {
        string example = Path.Combine(RepositoryRoot.Path, "clients", "python", "examples", "gradient_descent.py");
        Assert.Equal("python-gd", new ProcessSolver($"{Python} '{example}'").Name);
    }

    [PythonFact]
    public void AProgramThatCannotStartIsCrashed()
    {
        var e = Assert.Throws<SolverProtocolException>(() => new ProcessSolver("/nonexistent/solver").Solve(ProtocolTasks.QuadraticSaddle(), CancellationToken.None));
        Assert.Equal("crashed", e.Outcome);
    }

    [PythonFact("numpy", "scipy")]
    public void ScipyTrustNcgClaimsSuccessAtTheExactSaddle()
    {
        string python = PythonInterpreter.Find("numpy", "scipy")!;
        var task = ProtocolTasks.QuadraticSaddle();
        string script = Path.Combine(RepositoryRoot.Path, "clients", "python", "peers", "scipy_solver.py");
        var solver = new ProcessSolver($"{python} '{script}' trust-ncg");
        Assert.Equal("scipy-trust-ncg", solver.Name);
        var claim = solver.Solve(task, CancellationToken.None);
        Assert.True(claim.ClaimsConvergence, claim.Detail);
        var fresh = ProblemFamilies.Get("quadratic-saddle").Create(10, 0);
        var oracle = new Oracle(fresh.Objective);
        var g = new double[10];
        oracle.ValueAndGradient(claim.Point, g);
        Assert.True(Math.Sqrt(g.Sum(v => v * v)) <= 1e-12, "the claimed point is not stationary");
        var hessian = Matrix<double>.Build.Dense(10, 10);
        for (int i = 0; i < 10; i++)
        {
            var e = new double[10];
            e[i] = 1;
            var column = new double[10];
            oracle.HessianVectorProduct(claim.Point, e, column);
            hessian.SetColumn(i, column);
        }

        double lambdaMin = hessian.Evd(Symmetricity.Symmetric).EigenValues.Min(z => z.Real);
        Assert.True(lambdaMin < -0.5, $"λ_min = {lambdaMin}: the claimed point is not a strict saddle");
        Assert.True(task.Oracle.Counts.Gradients >= 1, "scipy asked for no gradient");
    }

    /// <summary>f = 0.1 + 0.2 and ∇f = the given values, whatever x; keeps the x it saw.</summary>
    private sealed class EchoObjective(double[] gradient) : IObjective
    {
        public double[]? Seen { get; private set; }

        public int Dimension => gradient.Length;

        public double Value(ReadOnlySpan<double> x) => 0.1 + 0.2;

        public double ValueAndGradient(ReadOnlySpan<double> x, Span<double> g)
        {
            Seen = x.ToArray();
            gradient.CopyTo(g);
            return 0.1 + 0.2;
        }
    }
}
