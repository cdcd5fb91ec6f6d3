using SaddleEscape.Benchmarking;

namespace SaddleEscape.Experiments.Protocol;

/// <summary>
/// The harness's answers to the child's requests, each computed through the task's counted oracle (so that the harness,
/// not the child, counts) or, for the free geometric requests, by the task's manifold. The counting rule
/// (docs/protocol.md): <c>f</c> one value; <c>grad</c> and <c>riemannian_grad</c> one gradient; <c>hvp</c> one
/// Hessian-vector product; <c>riemannian_hvp</c> one gradient and one Hessian-vector product (the Weingarten term needs
/// ∇f); <c>sample_grad</c> one stochastic-oracle call of its batch (one gradient where the problem has no stochastic
/// oracle); <c>retract</c> and <c>project</c> nothing.
/// </summary>
internal sealed class ProtocolAnswers(BenchTask task, Random random)
{
    /// <summary>The requests the harness answers (besides <c>batch</c> and <c>done</c>), in the order the problem message lists them.</summary>
    public static readonly IReadOnlyList<string> Known = ["f", "grad", "hvp", "sample_grad", "riemannian_grad", "riemannian_hvp", "retract", "project"];

    private readonly double[] _gradient = new double[task.Dimension];
    private readonly double[] _result = new double[task.Dimension];
    private readonly double[] _tangent = new double[task.Dimension];

    /// <summary>Writes the answer's fields to <paramref name="writer"/>; returns what is missing from the request, or null.</summary>
    public string? Write(ProtocolWriter writer, ProtocolRequest request)
    {
        var oracle = task.Oracle;
        var manifold = task.Manifold;
        if (request.X is not { } x)
        {
            return $"'{request.Type}' needs the point 'x'";
        }

        bool needsV = request.Type is "hvp" or "riemannian_hvp" or "retract" or "project";
        if (needsV && request.V is null)
        {
            return $"'{request.Type}' needs the vector 'v'";
        }

        switch (request.Type)
        {
            case "f":
                writer.WriteNumber("f", oracle.Value(x));
                break;
            case "grad":
                writer.WriteNumber("f", oracle.ValueAndGradient(x, _gradient));
                writer.WriteVector("g", _gradient);
                break;
            case "sample_grad":
                writer.WriteNumber("f", oracle.StochasticGradient(x, _gradient, request.Batch, random));
                writer.WriteVector("g", _gradient);
                break;
            case "hvp":
                oracle.HessianVectorProduct(x, request.V, _result);
                writer.WriteVector("hv", _result);
                break;
            case "riemannian_grad":
                double f = oracle.ValueAndGradient(x, _gradient);
                manifold.ProjectToTangent(x, _gradient, _result);
                writer.WriteNumber("f", f);
                writer.WriteVector("g", _result);
                break;
            case "riemannian_hvp":
                oracle.ValueAndGradient(x, _gradient);
                manifold.ProjectToTangent(x, request.V, _tangent);
                oracle.HessianVectorProduct(x, _tangent, _result);
                manifold.RiemannianHessianVector(x, _gradient, _result, _tangent, _result);
                writer.WriteVector("hv", _result);
                break;
            case "retract":
                manifold.Retract(x, request.V, _result);
                writer.WriteVector("x", _result);
                break;
            default:
                manifold.ProjectToTangent(x, request.V, _result);
                writer.WriteVector("v", _result);
                break;
        }

        return null;
    }
}
