using SaddleEscape.Landscape;
using SaddleEscape.Optimizers;
using SaddleEscape.Problems;

// Your own objective: f(x, y) = x⁴/4 − x²/2 + y²/2 + x²y²/2. Its origin is a strict saddle: ∇f = 0 there, with
// curvature −1 along x; its minima are (±1, 0), f* = −1/4.
var problem = Problem.Euclidean(2,
    value: p => (Math.Pow(p[0], 4) / 4) - (p[0] * p[0] / 2) + (p[1] * p[1] / 2) + (p[0] * p[0] * p[1] * p[1] / 2),
    gradient: (p, g) =>
    {
        g[0] = (p[0] * p[0] * p[0]) - p[0] + (p[0] * p[1] * p[1]);
        g[1] = p[1] + (p[0] * p[0] * p[1]);
    },
    hessianVector: (p, v, hv) =>
    {
        hv[0] = (((3 * p[0] * p[0]) - 1 + (p[1] * p[1])) * v[0]) + (2 * p[0] * p[1] * v[1]);
        hv[1] = (2 * p[0] * p[1] * v[0]) + ((1 + (p[0] * p[0])) * v[1]);
    });

// Start exactly at the saddle, with every setting at its default: no step size, no stopping rule.
double[] saddle = [0, 0];
foreach (var optimizer in new Optimizer[] { new GradientDescent(), new PerturbedGradientDescent(), new CubicRegularization() })
{
    var result = optimizer.Run(problem, saddle);
    var certificate = result.Certificate!;
    Console.WriteLine($"{optimizer.Name}: {result.StopReason.Name} after {result.Iterations} iterations, f = {result.FinalValue:F6}, "
        + $"{certificate.Classification.Name()} (λ_min = {certificate.LambdaMin:F3})");
}
