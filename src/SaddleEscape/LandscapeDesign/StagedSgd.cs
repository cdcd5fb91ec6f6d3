using SaddleEscape.Landscape;
using SaddleEscape.Minimization;
using SaddleEscape.Numerics;
using SaddleEscape.Optimizers;
using SaddleEscape.Problems;

namespace SaddleEscape.LandscapeDesign;

/// <summary>
/// The simulations of Ge, Lee &amp; Ma 2018, Sec. 4 (Fig. 1–4): SGD with fresh samples (a mini-batch of
/// <see cref="StagedSgdSettings.BatchSize"/> new teacher samples per step) at η₀ for a plateau, then ×¼ every few thousand
/// steps. SGD is memoryless, so each stage is one <see cref="Minimizer.Run"/> of <see cref="StochasticGradientDescent"/>
/// restarted from the previous stage's iterate with the smaller step and its own random stream
/// (<c>SeedStreams.Derive(seed, "sgd-stage", stage)</c>); the last stage ends with the certificate. Checkpoints record the
/// problem's deterministic value (validation risk, population G) and its recovery error e(Q) (Eq. 4.1).
/// </summary>
public static class StagedSgd
{
    /// <summary>Trace rows each stage keeps (the curve is recorded by the checkpoints, not the trace).</summary>
    private const int TraceRows = 64;

    /// <summary>
    /// Runs the schedule <paramref name="settings"/> on <paramref name="instance"/> (which needs a stochastic oracle for
    /// fresh samples, and a ground truth for e(Q)) from its start; <paramref name="seed"/> drives the samples: same seed, same bits.
    /// </summary>
    /// <param name="instance">The problem (e.g. <c>landscape-design-f</c> or <c>landscape-design-G</c> with <c>oracle=samples</c>).</param>
    /// <param name="settings">The schedule.</param>
    /// <param name="seed">Seed of the sample streams.</param>
    /// <param name="onCheckpoint">Called at each checkpoint with the steps taken so far over all stages.</param>
    /// <param name="cancellation">Stops the current stage between steps.</param>
    /// <exception cref="ArgumentException">The settings are invalid or the instance has no ground truth.</exception>
    public static StagedSgdResult Run(ProblemInstance instance, StagedSgdSettings settings, int seed, Action<long>? onCheckpoint = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        var truth = instance.Truth ?? throw new ArgumentException($"staged SGD: problem {instance.Name} has no ground truth to measure e(Q) with", nameof(instance));
        var curve = new List<CurveCheckpoint>();
        var x = instance.Start;
        long offset = 0, samples = 0;
        Certificate? certificate = null;

        // A stage's last checkpoint is the next stage's first (the same point), and the final point may be the last
        // stage's last checkpoint: each iteration is recorded once.
        void Record(long iteration, double value, double error)
        {
            if (curve.Count == 0 || curve[^1].Iteration != iteration)
            {
                curve.Add(new CurveCheckpoint(iteration, value, error));
            }
        }

        for (int stage = 0; stage <= settings.Stages; stage++)
        {
            long length = settings.LengthOf(stage);
            var sgd = new StochasticGradientDescent(new StochasticGradientDescentSettings(StepSize: settings.StepSizeAt(stage), BatchSize: settings.BatchSize));
            long stageOffset = offset;
            var result = Minimizer.Run(instance.CreateOracle(), instance.Manifold, sgd, x, new MinimizerOptions
            {
                Seed = SeedStreams.Derive(seed, "sgd-stage", stage),
                Stop = StoppingRule.AfterIterations(length),
                MonitorEvery = settings.CheckpointEvery,
                ProgressEvery = settings.CheckpointEvery,
                Progress = p =>
                {
                    Record(stageOffset + p.Iteration, p.Value, truth.RecoveryError(p.Point));
                    onCheckpoint?.Invoke(stageOffset + p.Iteration);
                },
                Certificate = stage == settings.Stages ? new CertificateOptions(1e-3, 1e-6) : null,
                TraceMaxRows = TraceRows,
                Cancellation = cancellation,
            });
            x = result.X;
            offset += length;
            samples += result.Counts.SampleGradients;
            certificate = result.Certificate;
        }

        double value = instance.Objective.Value(x);
        double error = truth.RecoveryError(x);
        Record(offset, value, error);
        return new StagedSgdResult(x, curve, value, error, certificate, samples);
    }
}
