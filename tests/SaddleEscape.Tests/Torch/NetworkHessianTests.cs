using MathNet.Numerics.LinearAlgebra;
using SaddleEscape.Landscape;
using SaddleEscape.Torch.Hessian;
using SaddleEscape.Torch.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace SaddleEscape.Tests.Torch;

[Collection("console")] // reseeds torch's global generator
public sealed class NetworkHessianTests
{
    /// <summary>A 6 → 12 → 8 → 3 MLP in float64: 6·12+12 + 12·8+8 + 8·3+3 = 215 parameters, trained 300 SGD steps on 64 random points.</summary>
    private static (MultilayerPerceptron Model, Tensor X, Tensor Y) TrainedSmallNetwork()
    {
        manual_seed(11);
        var model = new MultilayerPerceptron(6, [12, 8], 3, dropout: 0);
        model.to(ScalarType.Float64);
        var gen = new Generator(3);
        var x = randn([64, 6], ScalarType.Float64, generator: gen);
        var y = randint(0, 3, [64], generator: gen);
        var opt = optim.SGD(model.parameters(), 0.5);
        for (int t = 0; t < 300; t++)
        {
            opt.zero_grad();
            using var loss = Losses.Compute(ClassificationLoss.CrossEntropy, model.forward(x), y);
            loss.backward();
            opt.step();
        }

        model.eval();
        return (model, x, y);
    }

    [Fact]
    public void CertificateAgreesWithTheDenseHessianOfASmallTrainedMlp()
    {
        var (model, x, y) = TrainedSmallNetwork();
        using var hessian = new NetworkHessian(model.parameters(), () => Losses.Compute(ClassificationLoss.CrossEntropy, model.forward(x), y));
        Assert.Equal(215, hessian.Dimension);
        var dense = Matrix<double>.Build.DenseOfArray(hessian.Dense());
        var eig = dense.Evd(Symmetricity.Symmetric).EigenValues.Select(e => e.Real).Order().ToArray();
        var cert = hessian.Certify(new CertificateOptions(1e-2, 1e-6, new LanczosOptions(FullSpaceLimit: 500)));
        Assert.Equal(eig[0], cert.LambdaMin, 6);
        Assert.Equal(eig[^1], cert.LambdaMax, 6);
        Assert.True(eig[^1] > 1e-3, "a trained network has positive curvature somewhere");
    }

    [Fact]
    public void TheSpectrumApiWorksOnANetworkHessianAsOnAnyOperator()
    {
        var (model, x, y) = TrainedSmallNetwork();
        using var hessian = new NetworkHessian(model.parameters(), () => Losses.Compute(ClassificationLoss.CrossEntropy, model.forward(x), y));
        var eig = Matrix<double>.Build.DenseOfArray(hessian.Dense()).Evd(Symmetricity.Symmetric).EigenValues.Select(e => e.Real).Order().ToArray();
        var top = HessianSpectrum.Top(hessian, 3);
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(eig[^(i + 1)], top[i].Value, 6);
        }

        var all = HessianSpectrum.All(hessian);
        Assert.Equal(eig.Length, all.Length);
        Assert.Equal(eig.Sum(), all.Sum(), 6);
        Assert.Equal(HessianSpectrum.Count(eig, 1e-4).Negative, HessianSpectrum.Count(all, 1e-4).Negative);
    }

    [Fact]
    public void HessianVectorProductsMatchFiniteDifferencesOfTheGradient()
    {
        var (model, x, y) = TrainedSmallNetwork();
        var parameters = model.parameters().ToArray();
        Func<Tensor> loss = () => Losses.Compute(ClassificationLoss.SquaredError, model.forward(x), y);
        using var hessian = new NetworkHessian(parameters, loss);
        var random = new Random(2);
        var v = Enumerable.Range(0, hessian.Dimension).Select(_ => random.NextDouble() - 0.5).ToArray();
        var hv = new double[v.Length];
        hessian.Apply(v, hv);

        const double h = 1e-5;
        double[] GradientAt(double sign)
        {
            Shift(parameters, v, sign * h);
            using var hs = new NetworkHessian(parameters, loss);
            Shift(parameters, v, -sign * h);
            return hs.Gradient;
        }

        var plus = GradientAt(1);
        var minus = GradientAt(-1);
        double err = 0, norm = 0;
        for (int i = 0; i < v.Length; i++)
        {
            double fd = (plus[i] - minus[i]) / (2 * h);
            err = Math.Max(err, Math.Abs(fd - hv[i]));
            norm = Math.Max(norm, Math.Abs(hv[i]));
        }

        Assert.True(err <= 1e-7 * Math.Max(1, norm), $"max |FD − HVP| = {err:E2} (max |HVP| = {norm:E2})");
    }

    private static void Shift(TorchSharp.Modules.Parameter[] parameters, double[] v, double step)
    {
        using var _ = no_grad();
        int offset = 0;
        foreach (var p in parameters)
        {
            int n = (int)p.numel();
            using var d = tensor(v[offset..(offset + n)], p.shape, ScalarType.Float64);
            p.add_(d, alpha: step);
            offset += n;
        }
    }
}
