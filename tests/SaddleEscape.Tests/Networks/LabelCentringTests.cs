using SaddleEscape.Experiments.Catalog;
using SaddleEscape.Networks;

namespace SaddleEscape.Tests.Networks;

public sealed class LabelCentringTests
{
    private const int D = 6;

    private static TeacherNetwork Teacher() =>
        new(Enumerable.Range(0, D).Select(i => 1.0 + (0.2 * i)).ToArray(), TeacherNetwork.OrthogonalFirstLayer("random", D, new Random(4)), D, Activation.Relu);

    [Fact]
    public void EstimatesMatchTheHermiteClosedForms()
    {
        // E[y] = σ₀Σa*, E[y·x] = σ₁B*ᵀa* with σ₀ = 1/√(2π), σ₁ = ½ for ReLU.
        var teacher = Teacher();
        const int n = 200_000;
        var c = LabelCentring.Estimate(teacher, n, 7);
        double sigma0 = 1 / Math.Sqrt(2 * Math.PI);
        double meanExact = sigma0 * teacher.A.Sum();
        // Var(y) ≤ E[y²] ≤ (Σa*)²·E[relu(z)²] = (Σa*)²/2 bounds the standard error of ȳ; that of ĉ_l by the same argument with E[z²x_l²] ≤ 3.
        double bound = teacher.A.Sum() * Math.Sqrt(3.0 / n);
        Assert.InRange(c.Mean, meanExact - (5 * bound), meanExact + (5 * bound));
        for (int l = 0; l < D; l++)
        {
            double exact = 0.5 * Enumerable.Range(0, D).Sum(i => teacher.B[(i * D) + l] * teacher.A[i]);
            Assert.InRange(c.Linear[l], exact - (5 * bound), exact + (5 * bound));
        }
    }

    [Fact]
    public void CentringIsOrthogonalToEveryDirectionOfFPrimesGradient()
    {
        // The change centring makes to f′'s per-sample Riemannian gradient (rows of B on unit spheres), 2(α + βᵀx)·∂ŷ/∂θ
        // with each row's part projected on its tangent space, has mean 0 (Hermite orthogonality; by Stein's lemma the
        // only non-zero part, α·σ₂√2·b_j, is radial): each coordinate's sample mean must lie within 5 standard errors of 0.
        // The same test on f's student (γ = σ, ReLU) must fail for some coordinate: there centring moves the gradient.
        var teacher = Teacher();
        var centring = LabelCentring.Estimate(teacher, 50_000, 3);
        var h = HermiteCoefficients.Compute(Activation.Relu, 4);
        double c2 = h[2] / Math.Sqrt(2), c4 = h[4] / Math.Sqrt(24), d2 = h[2] * Math.Sqrt(2), d4 = 2 * h[4] / Math.Sqrt(6);
        double Gamma(double z) => (c2 * ((z * z) - 1)) + (c4 * ((z * z * z * z) - (6 * z * z) + 3));
        double GammaPrime(double z) => (d2 * z) + (d4 * z * ((z * z) - 3));
        var random = new Random(9);
        var a = Enumerable.Range(0, D).Select(_ => 0.5 + random.NextDouble()).ToArray();
        var b = TeacherNetwork.OrthogonalFirstLayer("random", D, new Random(10)); // unit rows, not B*
        Assert.True(MaxStandardizedMean(Gamma, GammaPrime) < 5, "f′: centring moved the gradient");
        Assert.True(MaxStandardizedMean(z => Math.Max(z, 0), z => z > 0 ? 1 : 0) > 5, "f: centring should move the gradient");

        double MaxStandardizedMean(Func<double, double> g, Func<double, double> gp)
        {
            const int n = 100_000;
            int p = D * (1 + D);
            var sum = new double[p];
            var sumSq = new double[p];
            var x = new double[D];
            var noiseRandom = new Random(11);
            for (int t = 0; t < n; t++)
            {
                SaddleEscape.Numerics.NormalGenerator.Fill(noiseRandom, x);
                double shift = centring.Mean + x.Select((v, l) => v * centring.Linear[l]).Sum();
                for (int j = 0; j < D; j++)
                {
                    double z = Enumerable.Range(0, D).Sum(l => b[(j * D) + l] * x[l]);
                    Accumulate(j, 2 * shift * g(z));
                    double radial = Enumerable.Range(0, D).Sum(l => x[l] * b[(j * D) + l]);
                    for (int l = 0; l < D; l++)
                    {
                        Accumulate(D + (j * D) + l, 2 * shift * a[j] * gp(z) * (x[l] - (radial * b[(j * D) + l])));
                    }
                }
            }

            return Enumerable.Range(0, p).Max(k => Math.Abs(sum[k] / n) / Math.Sqrt(((sumSq[k] / n) - Math.Pow(sum[k] / n, 2)) / n));

            void Accumulate(int k, double v)
            {
                sum[k] += v;
                sumSq[k] += v * v;
            }
        }
    }

    [Fact]
    public void TheProblemOffersCentringForFPrimeOnlyAndItShrinksTheRisk()
    {
        var def = ProblemCatalog.Get("landscape-design-f");
        var e = Assert.Throws<ArgumentException>(() => def.Create(6, ["centre_labels=true"], 0));
        Assert.Contains("objective=fprime", e.Message, StringComparison.Ordinal);
        var plain = def.Create(8, ["objective=fprime"], 0).Instance;
        var centered = def.Create(8, ["objective=fprime", "centre_labels=true"], 0).Instance;
        Assert.Equal(plain.Start, centered.Start);
        // At the start the validation risks differ by about (σ₀Σa*)² + σ₁²‖B*ᵀa*‖² = 8²/(2π) + 8/4 ≈ 12.2.
        double drop = plain.Objective.Value(plain.Start) - centered.Objective.Value(centered.Start);
        Assert.InRange(drop, 12.2 * 0.8, 12.2 * 1.2);
    }
}
