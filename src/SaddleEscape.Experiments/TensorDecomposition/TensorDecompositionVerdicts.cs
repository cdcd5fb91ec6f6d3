using SaddleEscape.Experiments.Reporting;

namespace SaddleEscape.Experiments.TensorDecomposition;

/// <summary>The tensor-decomposition claims decided from the per-cell counts; the report only renders them.</summary>
internal static class TensorDecompositionVerdicts
{
    /// <summary>The verdicts, in report order.</summary>
    public static IReadOnlyList<ClaimVerdict> Decide(TensorDecompositionSummary s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var exactFirstOrder = s.Cells.Where(c => !c.Noisy && (c.Method == TensorDecompositionSettings.NoisySgd.Label || c.Method == TensorDecompositionSettings.Pgd.Label || c.Method == TensorDecompositionSettings.Gd.Label)).ToList();
        int recovered = exactFirstOrder.Sum(c => c.Recovered), runs = exactFirstOrder.Sum(c => c.Runs);
        var noisySgd = s.Cells.Where(c => c.Method == TensorDecompositionSettings.NoisySgd.Label && !c.Noisy).ToList();
        int certified = noisySgd.Sum(c => c.Certified), nRuns = noisySgd.Sum(c => c.Runs);
        var power = s.Cells.Where(c => c.Method == TensorDecompositionSettings.PowerMethod.Label).ToList();
        int powerRecovered = power.Sum(c => c.Recovered), powerRuns = power.Sum(c => c.Runs);
        const string share = "all runs reproduces, some in part, none does not; no run is not tested here";
        return
        [
            new ClaimVerdict("Eq. 6 on exact T has no spurious local minima and only strict saddles, so gradient methods from random starts recover every component (Ge et al. 2015, Thm. 5 as in Goyal & Ullah)",
                runs == 0 ? Verdict.NotTestedHere : recovered == runs && s.StrictSaddleEnds == 0 ? Verdict.Reproduces : recovered > 0 ? Verdict.Partly : Verdict.DoesNotReproduce,
                $"noisy-sgd, pgd, gd on exact T: {Numbers.Ratio(recovered, runs)} runs recovered; {Numbers.Ratio(s.StrictSaddleEnds, s.OptimizerRuns)} optimiser runs ended at a strict saddle")
            {
                Rule = "share of exact-T first-order runs that recover every component with no run ending at a strict saddle: " + share,
            },
            new ClaimVerdict("Noisy SGD (Alg. 1) converges to a local minimum, i.e. a recovered decomposition (Ge et al. 2015, Thm. 5)",
                nRuns == 0 ? Verdict.NotTestedHere : certified == nRuns ? Verdict.Reproduces : certified > 0 ? Verdict.Partly : Verdict.DoesNotReproduce,
                $"{Numbers.Ratio(certified, nRuns)} exact-T runs certified local-min (with the noise switched off by step 4 000; see Settings)")
            {
                Rule = "share of exact-T noisy-SGD runs the certificate calls local-min: " + share,
            },
            new ClaimVerdict("The robust tensor power method with deflation recovers the components, also under small noise (Anandkumar et al. 2014, Alg. 6 in Goyal & Ullah)",
                powerRuns == 0 ? Verdict.NotTestedHere : powerRecovered == powerRuns ? Verdict.Reproduces : powerRecovered > 0 ? Verdict.Partly : Verdict.DoesNotReproduce,
                $"{Numbers.Ratio(powerRecovered, powerRuns)} runs recovered (exact and noisy)")
            {
                Rule = "share of power-method runs (exact and noisy T) that recover every component: " + share,
            },
        ];
    }
}
