// SaddleEscape.Torch from its package: a small TorchSharp network starts at a strict saddle, perturbed SGD
// (SaddleOptim.PSGD) leaves it, and the network's Hessian certificate classifies both points.
using SaddleEscape.Landscape;
using SaddleEscape.Torch.Hessian;
using SaddleEscape.Torch.Optim;
using TorchSharp;
using static TorchSharp.torch;

// Two balanced classes of 4-D points and a 4 → 6 → 2 tanh network in float64, with a small weight decay so that
// the minima are isolated.
var generator = new Generator(1);
var x = cat([randn([100, 4], ScalarType.Float64, generator: generator) + 1, randn([100, 4], ScalarType.Float64, generator: generator) - 1]);
var y = cat([zeros([100], ScalarType.Int64), ones([100], ScalarType.Int64)]);
var model = nn.Sequential(nn.Linear(4, 6), nn.Tanh(), nn.Linear(6, 2));
model.to(ScalarType.Float64);
const double WeightDecay = 1e-2;
Tensor Loss()
{
    var penalty = model.parameters().Select(p => p.pow(2).sum()).Aggregate((a, b) => a + b);
    return nn.functional.cross_entropy(model.forward(x), y) + (WeightDecay / 2 * penalty);
}

// All weights zero: the gradient vanishes (tanh(0) = 0, balanced classes) but the Hessian has a negative eigenvalue,
// a strict saddle that plain gradient descent never leaves.
using (no_grad())
{
    foreach (var p in model.parameters())
    {
        p.zero_();
    }
}

Certify("at the start (all weights zero)");

// Perturbed SGD (Farrell & Quintero Peña, Alg. 5): Gaussian noise of radius r added to every gradient.
var optimizer = SaddleOptim.PSGD(model.parameters(), lr: 0.5, r: 0.01, seed: 1);
for (int step = 0; step < 3000; step++)
{
    optimizer.zero_grad();
    using var loss = Loss();
    loss.backward();
    optimizer.step();
}

Certify("after 3 000 PSGD steps");

// The certificate: the gradient norm, the Hessian's extreme eigenvalues by Lanczos on double-backward Hessian-vector
// products, and the classification (|grad| <= 1e-3 counts as stationary).
void Certify(string when)
{
    using var hessian = new NetworkHessian(model.parameters(), Loss);
    var certificate = hessian.Certify(new CertificateOptions(GradientTolerance: 1e-3));
    Console.WriteLine($"{when}: loss {hessian.Value:F4}, |grad| {certificate.GradientNorm:G2}, "
        + $"lambda_min {certificate.LambdaMin:G3}, lambda_max {certificate.LambdaMax:G3}: {certificate.Classification.Name()}");
}
