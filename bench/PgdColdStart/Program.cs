using SaddleEscape.Benchmarks;
using SaddleEscape.Manifolds;
using SaddleEscape.Minimization;
using SaddleEscape.Objectives;
using SaddleEscape.Optimizers;
using System.Diagnostics;
using System.Globalization;

// The cold half of bench/PgdSideBySide: a user's console app that references the library and makes one Minimizer.Run
// in a fresh process (run.sh starts one process per measurement).
//
// Usage: PgdColdStart PROBLEM [ITERATIONS = 400000] [OPTIMIZER = pgd|gd|pagd] [WARM_RUNS = 0] [CHUNK = 0]
//
// Prints "cold PROBLEM D RATE F EVENTS OPTIMIZER STARTUP_S RUN_S JIT_S JIT_METHODS CPU_S THREAD_CPU_S", where
//   RUN_S        the Stopwatch from just before Minimizer.Run to its return: the JIT of Minimizer.Run and of all it calls,
//                the iterations, the trace and events (certificate off); RATE = ITERATIONS / RUN_S;
//   STARTUP_S    from the process's start time to just before Minimizer.Run (runtime start, Main's JIT, the problem);
//   JIT_S        the runtime's JIT time during RUN_S, on all threads (tier-0, optimised and background re-JIT);
//   CPU_S        the process's CPU time during RUN_S (all threads); THREAD_CPU_S the calling thread's (Linux only).
// WARM_RUNS > 0 then repeats the same run that many times in this process and prints
// "warm PROBLEM D RATE F EVENTS OPTIMIZER" with the median rate. CHUNK > 0 also prints the cold run's rate in every CHUNK
// iterations ("chunk END RATE", through the progress callback, which then runs every CHUNK iterations).
var culture = CultureInfo.InvariantCulture;
string problem = args.Length > 0 ? args[0] : "quadratic-saddle";
long iterations = args.Length > 1 ? long.Parse(args[1], culture) : 400_000;
string method = args.Length > 2 ? args[2] : "pgd";
int warmRuns = args.Length > 3 ? int.Parse(args[3], culture) : 0;
int chunk = args.Length > 4 ? int.Parse(args[4], culture) : 0;

var (objective, start) = PgdLoopProblems.Create(problem);
var chunks = new List<(long End, double Seconds)>();
var options = new MinimizerOptions
{
    Stop = StoppingRule.AfterIterations(iterations),
    Certificate = null,
    Progress = chunk > 0 ? p => chunks.Add((p.Iteration, p.Elapsed.TotalSeconds)) : null,
    ProgressEvery = chunk > 0 ? chunk : 1000,
};
var oracle = new Oracle(objective);
var manifold = new Euclidean(objective.Dimension);
var optimizer = Create(method);
double startup = (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalSeconds;

var jitBefore = System.Runtime.JitInfo.GetCompilationTime();
long methodsBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
var cpuBefore = Environment.CpuUsage.TotalTime;
double threadBefore = ThreadCpuSeconds();
long before = Stopwatch.GetTimestamp();
var result = Minimizer.Run(oracle, manifold, optimizer, start, options);
double seconds = Stopwatch.GetElapsedTime(before).TotalSeconds;
double threadSeconds = ThreadCpuSeconds() - threadBefore;
double cpuSeconds = (Environment.CpuUsage.TotalTime - cpuBefore).TotalSeconds;
double jitSeconds = (System.Runtime.JitInfo.GetCompilationTime() - jitBefore).TotalSeconds;
long methods = System.Runtime.JitInfo.GetCompiledMethodCount() - methodsBefore;

Console.WriteLine(string.Create(culture, $"cold {problem} {objective.Dimension} {iterations / seconds:F0} {result.FinalValue:R} {result.Events.Count} {method} {startup:F3} {seconds:F4} {jitSeconds:F4} {methods} {cpuSeconds:F4} {threadSeconds:F4}"));
for (int i = 1; i < chunks.Count; i++)
{
    Console.WriteLine(string.Create(culture, $"chunk {chunks[i].End} {(chunks[i].End - chunks[i - 1].End) / (chunks[i].Seconds - chunks[i - 1].Seconds):F0}"));
}

if (warmRuns > 0)
{
    var rates = new List<double>();
    var noProgress = options with { Progress = null };
    for (int run = 0; run < warmRuns; run++)
    {
        long began = Stopwatch.GetTimestamp();
        result = Minimizer.Run(new Oracle(objective), manifold, Create(method), start, noProgress);
        rates.Add(iterations / Stopwatch.GetElapsedTime(began).TotalSeconds);
    }

    rates.Sort();
    Console.WriteLine(string.Create(culture, $"warm {problem} {objective.Dimension} {rates[rates.Count / 2]:F0} {result.FinalValue:R} {result.Events.Count} {method}"));
}

// PGD with PgdLoopProblems' parameters; GD with its step size; PAGD with the same r, ε, 𝒯 and ℰ, η = 0.02 (with momentum
// η = 0.05 diverges on the quadratic saddle's start, where ℓ ≈ 27), θ = 0.1, γ = θ²/η, s = 0.01.
static Optimizer Create(string method)
{
    var pgd = PgdLoopProblems.Settings;
    return method switch
    {
        "pgd" => new PerturbedGradientDescent(pgd),
        "gd" => new GradientDescent(pgd.StepSize!.Value),
        "pagd" => new PerturbedAcceleratedGradientDescent(new PerturbedAcceleratedGradientDescentSettings(
            0.02, Theta: 0.1, Gamma: 0.1 * 0.1 / 0.02, S: 0.01, pgd.Radius, pgd.GradientThreshold, pgd.EscapeWindow ?? 200, pgd.ValueThreshold, StopOnFailedEscape: false)),
        _ => throw new ArgumentException($"unknown optimizer '{method}' (known: pgd, gd, pagd)"),
    };
}

// CPU time of the calling thread (Linux: clock_gettime(CLOCK_THREAD_CPUTIME_ID)); NaN elsewhere.
static double ThreadCpuSeconds()
{
    if (!OperatingSystem.IsLinux())
    {
        return double.NaN;
    }

    Span<long> time = stackalloc long[2];
    return ClockGetTime(3, ref time[0]) == 0 ? time[0] + (time[1] * 1e-9) : double.NaN;
}

[System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
static extern int ClockGetTime(int clock, ref long timespec);
