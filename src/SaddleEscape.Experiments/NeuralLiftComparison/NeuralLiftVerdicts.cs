using SaddleEscape.Experiments.Reporting;
using SaddleEscape.NeuralLift;

namespace SaddleEscape.Experiments.NeuralLiftComparison;

/// <summary>
/// The NN-LIFT claims (Goyal &amp; Ullah, Table 1; Janzamin et al. 2015) decided from the summary's cells; the report only
/// renders them. The Table 1 ratio is judged only where backpropagation is clearly above this run's label-noise floor:
/// at the floor, tensor error / backprop error ≈ tensor error / σ², a number set by the noise level this run chose.
/// </summary>
internal static class NeuralLiftVerdicts
{
    /// <summary>The pipeline the report describes (its Table 1 row): noisy gradient descent with the Fourier b₁.</summary>
    public static LiftMethod ReportPipeline { get; } = TableMethod.NoisyGradientFourier;

    /// <summary>Backprop's test MSE at or below this multiple of the noise floor σ² counts as "at the floor": its error is mostly label noise.</summary>
    public const double AtFloor = 1.5;

    /// <summary>A ratio within this factor of the report's ratio at the same d counts as matching it.</summary>
    public const double RatioFactor = 1.5;

    /// <summary>True when every d of the settings has both the report's pipeline and backprop.</summary>
    public static bool HasTable(NeuralLiftSummary s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.Settings.Dimensions.All(d => Find(s, d, ReportPipeline) is not null && Find(s, d, TableMethod.Backprop) is not null);
    }

    /// <summary>The verdicts, in report order (the Table 1 ones only when the table ran).</summary>
    public static IReadOnlyList<ClaimVerdict> Decide(NeuralLiftSummary s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var verdicts = new List<ClaimVerdict>();
        if (HasTable(s))
        {
            verdicts.Add(Ratio(s));
            verdicts.Add(TensorWorse(s));
            verdicts.Add(BothGrow(s));
            verdicts.Add(StrictSaddle(s));
        }

        if (s.Fourier.Count > 0)
        {
            verdicts.Add(Fourier(s));
        }

        if (s.Curve.Any(p => p.Method == MomentEstimator.WithControlVariates) && s.Slopes.TryGetValue(MomentEstimator.WithControlVariates, out double slope))
        {
            verdicts.Add(new ClaimVerdict("The first layer is recovered with error O(1/√n) (Janzamin et al. 2015, Thm. 3)",
                double.IsNaN(slope) ? Verdict.Inconclusive : slope is <= -0.3 and >= -0.75 ? Verdict.Reproduces : Verdict.Partly,
                double.IsNaN(slope) ? "fewer than two sample sizes with median error below 0.5" : $"slope of log median error on log n: {Numbers.Format(slope, 2)} (−½ expected)")
            {
                Rule = "slope of log₁₀(median error) on log₁₀ n over the sizes with median < 0.5: in [−0.75, −0.3] reproduces, otherwise in part (the error still falls); fewer than two such sizes is inconclusive",
            });
        }

        return verdicts;
    }

    private static NeuralLiftCell? Find(NeuralLiftSummary s, int d, TableMethod method) => s.Cells.FirstOrDefault(c => c.Dimension == d && c.Method == method);

    private static ClaimVerdict Ratio(NeuralLiftSummary s)
    {
        var dims = s.Settings.Dimensions.Order().ToList();
        var published = NeuralLiftSettings.Published;
        var rows = dims.Select(d =>
        {
            var t = s.Cell(d, ReportPipeline);
            var b = s.Cell(d, TableMethod.Backprop);
            double floor = b.NoiseFloor;
            return (d, ratio: t.TestMse.Mean / b.TestMse.Mean, overFloor: b.TestMse.Mean / floor, excess: (t.TestMse.Mean - floor) / (b.TestMse.Mean - floor));
        }).ToList();
        var compared = rows.Where(r => published.ContainsKey(r.d)).ToList();
        bool atFloor = rows.All(r => r.overFloor <= AtFloor);
        int matching = compared.Count(r => r.ratio >= published[r.d].Tensor / published[r.d].Network / RatioFactor && r.ratio <= RatioFactor * published[r.d].Tensor / published[r.d].Network);
        var verdict = compared.Count == 0 ? Verdict.NotTestedHere
            : atFloor ? Verdict.Inconclusive
            : matching == compared.Count ? Verdict.Reproduces : matching > 0 ? Verdict.Partly : Verdict.DoesNotReproduce;
        string evidence = string.Join("; ", rows.Select(r => $"d = {r.d}: {Numbers.Format(r.ratio, 2)}× (report {(published.TryGetValue(r.d, out var p) ? Numbers.Format(p.Tensor / p.Network, 2) + "×" : "—")}), backprop at {Numbers.Format(r.overFloor, 3)}× the noise floor σ² = {Numbers.Format(s.Cell(r.d, TableMethod.Backprop).NoiseFloor)}, excess-error ratio {Numbers.Format(r.excess, 2)}"))
            + (atFloor ? $" — backprop sits at this run's label-noise floor (σ = {Numbers.Format(s.Settings.NoiseStd)}, our choice: the report states no noise level), so the ratio mostly measures that noise level; the excess-error ratio (error − σ²) removes the floor but its denominator is a small difference" : "");
        return new ClaimVerdict("NN-LIFT's test error is 3.1–4.6× backpropagation's (Goyal & Ullah, Table 1: 1.82/0.564 … 5.67/1.237)", verdict, evidence)
        {
            Rule = $"judged only when backprop's test MSE exceeds {Numbers.Format(AtFloor)}× the noise floor σ² at some d (otherwise inconclusive: the ratio is ≈ NN-LIFT's error / σ², set by the noise this run chose); then our ratio within a factor {Numbers.Format(RatioFactor)} of the report's at every d of Table 1 reproduces, at some in part, at none does not",
        };
    }

    private static ClaimVerdict TensorWorse(NeuralLiftSummary s)
    {
        var dims = s.Settings.Dimensions;
        var worse = dims.Where(d => s.Cell(d, ReportPipeline).TestMse.Mean > s.Cell(d, TableMethod.Backprop).TestMse.Mean).ToList();
        return new ClaimVerdict("The tensor method's error exceeds backpropagation's at every d (Table 1)",
            worse.Count == dims.Count ? Verdict.Reproduces : worse.Count > 0 ? Verdict.Partly : Verdict.DoesNotReproduce,
            string.Join("; ", dims.Select(d => $"d = {d}: {Numbers.Format(s.Cell(d, ReportPipeline).TestMse.Mean)} vs {Numbers.Format(s.Cell(d, TableMethod.Backprop).TestMse.Mean)}")))
        {
            Rule = "mean test MSE of the report's pipeline above backprop's at every d reproduces, at some in part, at none does not",
        };
    }

    private static ClaimVerdict BothGrow(NeuralLiftSummary s)
    {
        var sorted = s.Settings.Dimensions.Order().ToList();
        bool Grows(TableMethod m) => sorted.Zip(sorted.Skip(1)).All(p => s.Cell(p.Second, m).TestMse.Mean >= s.Cell(p.First, m).TestMse.Mean);
        bool tensorGrows = Grows(ReportPipeline), networkGrows = Grows(TableMethod.Backprop);
        string Path(TableMethod m, Func<NeuralLiftCell, double> value) => string.Join(" → ", sorted.Select(d => Numbers.Format(value(s.Cell(d, m)))));
        return new ClaimVerdict("Both errors grow with d (Table 1)",
            tensorGrows && networkGrows ? Verdict.Reproduces : tensorGrows || networkGrows ? Verdict.Partly : Verdict.DoesNotReproduce,
            $"test MSE, NN-LIFT: {Path(ReportPipeline, c => c.TestMse.Mean)}; backprop: {Path(TableMethod.Backprop, c => c.TestMse.Mean)} (relative to Var(y), which grows with k: {Path(ReportPipeline, c => c.RelativeMse.Mean)} and {Path(TableMethod.Backprop, c => c.RelativeMse.Mean)})")
        {
            Rule = "mean test MSE never falling from one d to the next: both methods reproduces, one in part, neither does not",
        };
    }

    private static ClaimVerdict StrictSaddle(NeuralLiftSummary s)
    {
        var ngd = s.Cells.Where(c => c.Method is LiftMethod { Decomposition: LiftDecomposition.NoisyGradient }).ToList();
        int spurious = ngd.Sum(c => c.SpuriousMaxima), ngdRuns = ngd.Sum(c => c.Runs);
        return new ClaimVerdict("Objective (12) is strict saddle with only ±a_i as local optima, so noisy gradient descent finds the components (Thm. 5)",
            Verdict.DoesNotReproduce,
            $"false for the cubic: every point Σ_i (−c/λ_i) a_i is a spurious local maximum of T(u,u,u) (value −c < 0; a unit test checks the d = 2 case); noisy GD ended at such a point {spurious} times in {ngdRuns} decompositions here, each time restarted from −v̂")
        {
            Rule = "decided by the counterexample (a proof, checked by a unit test), not by the runs; the count shows how often the runs met it",
        };
    }

    private static ClaimVerdict Fourier(NeuralLiftSummary s)
    {
        var fd = s.Fourier.Keys.Order().ToList();
        bool noBetter = fd.All(d => s.Fourier[d].Error.Mean > 0.5 * s.Fourier[d].Guess);
        return new ClaimVerdict("b₁ can be read from the phase of the label-weighted Fourier transform (Janzamin et al. 2015, Procedure 2)",
            noBetter ? Verdict.DoesNotReproduce : Verdict.Partly,
            $"given the true directions and a₂'s signs, worst-neuron b₁ error {string.Join(", ", fd.Select(d => $"d = {d}: {Numbers.Format(s.Fourier[d].Error.Mean)}"))} against {string.Join(", ", fd.Select(d => Numbers.Format(s.Fourier[d].Guess)))} for a uniform guess on (−1, 1]; with Gaussian inputs the weights 1/p(x) give the estimate unbounded variance, and |Σ(½)| = π/sinh(π²) ≈ 3.3·10⁻⁴ leaves almost no signal")
        {
            Rule = "mean error above half a uniform guess's at every d does not reproduce; better at some d in part",
        };
    }
}
