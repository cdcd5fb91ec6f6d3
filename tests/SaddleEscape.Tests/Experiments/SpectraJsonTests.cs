using SaddleEscape.Experiments.Running;
using SaddleEscape.Experiments.Torch.Spectra;

namespace SaddleEscape.Tests.Experiments;

/// <summary>Spectra's part hierarchy (one job and one record type per part) round-trips through the store's JSON.</summary>
public sealed class SpectraJsonTests
{
    [Fact]
    public void EveryJobTypeRoundTripsWithItsPartAsDiscriminator()
    {
        var settings = SpectraSettings.Quick with { Data = "/data/fashion-mnist", BaseSeed = 4 };
        SpectraJob[] jobs = [new SpectraDeepLinearJob(3, settings), new SpectraMlpJob(1, 0, settings), new SpectraMlpJob(1, 0.015, settings)];
        Assert.All(jobs, job => Assert.Equal(job, PartJson.RoundTrip(job, job.Part)));

        var planned = new SpectraExperiment().Jobs(settings);
        Assert.Equal(["deep-linear", "mlp"], planned.Select(j => j.Part).Distinct());
        Assert.All(planned, job => Assert.Equal(job, ExperimentJson.Deserialize<SpectraJob>(ExperimentJson.Serialize(job))));
    }

    [Fact]
    public void EveryRecordTypeRoundTripsWithItsPartAsDiscriminator()
    {
        SpectraRecord[] records =
        [
            new SpectraDeepLinearRecord(2, new DeepLinearCriticalPoint(0.125, 3, 18, [-0.5, 0, 0, 1.25])),
            new SpectraDeepLinearRecord(5, null),
            new SpectraMlpRecord(0.015, 1, 0.089, 0.1, [-1e-3, 0, 2.5], [0.1, 0.8, 0.1], 0.1, 0.8),
        ];
        // The records hold arrays (reference equality): RoundTrip compares their JSON, which lists every value.
        var back = records.Select(r => PartJson.RoundTrip(r, r.Part)).ToList();
        var mlp = Assert.IsType<SpectraMlpRecord>(back[2]);
        Assert.Equal((0.015, "psgd"), (mlp.Radius, mlp.Optimizer));
        Assert.Equal([-1e-3, 0, 2.5], mlp.Nodes);
        Assert.False(Assert.IsType<SpectraDeepLinearRecord>(back[1]).Converged);
    }
}
