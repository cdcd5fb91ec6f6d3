using SaddleEscape.Experiments.NeuralLiftComparison;
using SaddleEscape.Experiments.Running;

namespace SaddleEscape.Tests.Experiments;

/// <summary>NN-LIFT's part hierarchy (one job and one record type per part) round-trips through the store's JSON.</summary>
public sealed class NeuralLiftJsonTests
{
    private static readonly NeuralLiftJob[] EveryJob =
    [
        new NeuralLiftTableJob(TableMethod.NoisyGradientFourier, 5, 3, 2_000, 1_000, 0.1, 7),
        new NeuralLiftTableJob(TableMethod.PowerLeastSquares, 5, 3, 2_000, 1_000, 0.1, 7),
        new NeuralLiftTableJob(TableMethod.Backprop, 5, 3, 2_000, 1_000, 0.1, 7),
        new NeuralLiftSampleSizeJob(MomentEstimator.WithControlVariates, 5, 3, 10_000, 0.1, 2),
        new NeuralLiftSampleSizeJob(MomentEstimator.Centered, 5, 3, 10_000, 0.1, 2),
        new NeuralLiftFourierJob(10, 5, 5_000, 0.1, 3),
    ];

    private static readonly NeuralLiftRecord[] EveryRecord =
    [
        new NeuralLiftTableRecord(TableMethod.NoisyGradientFourier, 5, 3, 2_000, 7, 0.0123, 0.01, 0.2, 0.3, 0.2, 0.4, new NeuralLiftFitDiagnostics(true, 2, 1e-4), 0.5),
        new NeuralLiftTableRecord(TableMethod.Backprop, 5, 3, 2_000, 7, 0.0101, 0.01, 0.2, 0.9, 0.7, double.NaN, null, 1.5),
        new NeuralLiftSampleSizeRecord(MomentEstimator.Centered, 5, 3, 10_000, 2, 0.05, 0.03, false, 0.25),
        new NeuralLiftFourierRecord(10, 5, 5_000, 3, 0.61, 0.74, 0.125),
    ];

    [Fact]
    public void EveryJobTypeRoundTripsWithItsPartAsDiscriminator()
    {
        Assert.All(EveryJob, job => Assert.Equal(job, PartJson.RoundTrip(job, job.Part)));

        // The method is stored by its parts (decomposition, b₁ method), not by its name.
        string lift = ExperimentJson.Serialize(EveryJob[0]), backprop = ExperimentJson.Serialize(EveryJob[2]);
        Assert.True(lift.Contains("\"method\":{\"kind\":\"nn-lift\",\"decomposition\":\"noisy-gradient\",\"bias\":\"fourier\"}", StringComparison.Ordinal), lift);
        Assert.True(backprop.Contains("\"method\":{\"kind\":\"backprop\"}", StringComparison.Ordinal), backprop);
    }

    [Fact]
    public void EveryRecordTypeRoundTripsWithItsPartAsDiscriminator()
    {
        Assert.All(EveryRecord, record => Assert.Equal(record, PartJson.RoundTrip(record, record.Part)));
    }

    [Fact]
    public void TheExperimentsJobsRoundTripAndKeepTheirUserFacingNames()
    {
        var jobs = new NeuralLiftExperiment().Jobs(NeuralLiftSettings.Quick);
        Assert.All(jobs, job => Assert.Equal(job, ExperimentJson.Deserialize<NeuralLiftJob>(ExperimentJson.Serialize(job))));
        Assert.Equal(["table", "sample-size", "fourier"], jobs.Select(j => j.Part).Distinct());
        Assert.Equal(new NeuralLiftExperiment().Parts, jobs.Select(j => j.Part).Distinct());
        Assert.Equal(
            ["nn-lift-ngd-fourier", "nn-lift-power-fourier", "nn-lift-ngd-ls", "nn-lift-power-ls", "backprop", "control-variates", "centred", "fourier-true-directions"],
            jobs.Select(j => j.MethodName).Distinct());
    }

    [Fact]
    public void AStoreOfTheOldShapeIsNotReadAsTheNew()
    {
        // Version 2 stored one flat record whose "part" field reads as the discriminator, but whose method is a bare name:
        // it fails instead of being misread (and version 3's job keys differ, so the store never offers it).
        const string old = "{\"part\":\"table\",\"method\":\"backprop\",\"dimension\":3,\"hidden\":2,\"samples\":5000,\"seed\":0,\"test_mse\":0.01}";
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => ExperimentJson.Deserialize<NeuralLiftRecord>(old));
    }
}
