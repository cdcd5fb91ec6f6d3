using SaddleEscape.Experiments.Catalog;
using SaddleEscape.Landscape;
using SaddleEscape.Minimization;

namespace SaddleEscape.Tests.Optimizers;

public sealed class PerturbedAcceleratedTerminationTests
{
    [Fact]
    public void PagdReturnsThePointBeforeAFailedEscapeAndThatPointIsCertified()
    {
        // tensor-orthogonal-4, d = 10: with the termination, every seed ends by returning x̃ at a certified minimum; without it,
        // PAGD keeps perturbing at the minimum until the cap. 𝒯 = 100 as given (the automatic 𝒯 at η = 0.05 and ε = 1e-6 is
        // longer than the cap: this test is about what happens when a window closes).
        int finished = 0, certified = 0, certifiedWithout = 0;
        for (int seed = 0; seed < 4; seed++)
        {
            foreach (bool stop in new[] { true, false })
            {
                var problem = ProblemCatalog.Get("tensor-orthogonal-4").Create(10, [], seed);
                var instance = problem.Instance;
                var pagd = OptimizerCatalog.Get("pagd").Create(["step_size=0.05", "interval=100", $"stop_on_failed_escape={(stop ? "true" : "false")}"], problem);
                var result = Minimizer.Run(instance.CreateOracle(), instance.Manifold, pagd, instance.Start, new MinimizerOptions
                {
                    Seed = seed,
                    Stop = StoppingRule.AfterIterations(10_000) | StoppingRule.AtSecondOrderPoint(1e-10, 1e-6),
                });
                bool local = result.Certificate!.Classification == Classification.LocalMinimum;
                if (stop)
                {
                    finished += result.StopReason.Code == StopCode.OptimizerFinished ? 1 : 0;
                    certified += local ? 1 : 0;
                }
                else
                {
                    certifiedWithout += local ? 1 : 0;
                }
            }
        }

        Assert.Equal(4, finished);
        Assert.Equal(4, certified);
        Assert.True(certifiedWithout < 4, $"without the termination {certifiedWithout}/4 were certified (the experiment saw 3/20)");
    }

    [Fact]
    public void NegativeCurvatureExploitationIsNotTrippedByRoundingAtAMinimum()
    {
        // With the automatic 𝒯 PAGD runs on past its perturbation at a minimum of Eq. 6 until ‖grad f‖ ≤ 1e-10. In the value
        // form of the NCE test, f's rounding (≈ 1e-15 there) exceeded (γ/2)‖x_t − y_t‖² and the test fired at random, throwing
        // x by s = 0.01 (131 NCE steps in 10 000 iterations, never stationary); its gradient form is resolved at that scale.
        for (int seed = 0; seed < 4; seed++)
        {
            var problem = ProblemCatalog.Get("tensor-orthogonal-4").Create(5, [], seed);
            var instance = problem.Instance;
            var pagd = OptimizerCatalog.Get("pagd").Create(["step_size=0.05"], problem);
            var result = Minimizer.Run(instance.CreateOracle(), instance.Manifold, pagd, instance.Start, new MinimizerOptions
            {
                Seed = seed,
                Stop = StoppingRule.AfterIterations(10_000) | StoppingRule.AtSecondOrderPoint(1e-10, 1e-6),
            });
            Assert.True(result.StopReason.Code != StopCode.MaxIterations, $"seed {seed}: {result.StopReason.Name} after {result.Iterations} iterations");
            Assert.Equal(Classification.LocalMinimum, result.Certificate!.Classification);
            Assert.True(result.Iterations < 2_000, $"seed {seed}: {result.Iterations} iterations");
        }
    }
}
