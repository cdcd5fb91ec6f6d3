using SaddleEscape.Landscape;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SaddleEscape.Torch.Hessian;

/// <summary>
/// The Hessian of a network's loss on a fixed batch as a symmetric operator on the flattened parameter vector,
/// through double backward (Pearlmutter 1994): g = ∇L with <c>create_graph</c>, then H·v = ∇(gᵀv). The graph of g
/// is built once and kept for every product. Put the model in evaluation mode (no dropout) before building it,
/// so that the loss is a fixed function of the parameters. Feeds the core library's Lanczos certificate,
/// top eigenvalues and stochastic Lanczos quadrature.
/// </summary>
public sealed class NetworkHessian : ISymmetricOperator, IDisposable
{
    private readonly Parameter[] _parameters;
    private readonly IList<Tensor> _gradient;
    private readonly Tensor _loss;

    /// <summary>Builds ∇L for <paramref name="parameters"/>, with <paramref name="loss"/> evaluated once (it must return the scalar loss with its graph).</summary>
    public NetworkHessian(IEnumerable<Parameter> parameters, Func<Tensor> loss)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(loss);
        _parameters = parameters.Where(p => p.requires_grad).ToArray();
        // The scope frees the forward pass's handles; the graph behind ∇L keeps what it needs.
        using (var scope = NewDisposeScope())
        using (enable_grad())
        {
            _loss = loss();
            _gradient = autograd.grad([_loss], _parameters, retain_graph: true, create_graph: true);
            scope.Detach(_loss);
            scope.Detach(_gradient);
        }

        long n = _parameters.Sum(p => p.numel());
        if (n > int.MaxValue)
        {
            throw new ArgumentException($"{n} parameters are too many for a flat vector");
        }

        Dimension = (int)n;
        Gradient = Flatten(_gradient);
        Value = _loss.ToDouble();
    }

    /// <summary>The loss at the parameters.</summary>
    public double Value { get; }

    /// <summary>∇L, flattened in parameter order.</summary>
    public double[] Gradient { get; }

    /// <summary>‖∇L‖.</summary>
    public double GradientNorm => Math.Sqrt(Gradient.Sum(g => g * g));

    /// <summary>HVPs done so far.</summary>
    public int Products { get; private set; }

    /// <inheritdoc />
    public int Dimension { get; }

    /// <inheritdoc />
    public int DomainDimension => Dimension;

    /// <inheritdoc />
    public void ProjectToDomain(Span<double> v)
    {
    }

    /// <inheritdoc />
    public void Apply(ReadOnlySpan<double> v, Span<double> result)
    {
        using var scope = NewDisposeScope();
        Tensor dot = zeros(1, ScalarType.Float64);
        int offset = 0;
        for (int i = 0; i < _parameters.Length; i++)
        {
            var p = _parameters[i];
            int count = (int)p.numel();
            var piece = tensor(v.Slice(offset, count).ToArray(), p.shape, ScalarType.Float64).to(p.dtype);
            dot = dot + (_gradient[i] * piece).sum().to(ScalarType.Float64);
            offset += count;
        }

        var hv = autograd.grad([dot], _parameters, retain_graph: true);
        Flatten(hv).CopyTo(result);
        Products++;
    }

    /// <summary>The second-order certificate (Lanczos on these HVPs, core classification rule).</summary>
    public Certificate Certify(CertificateOptions? options = null) =>
        SecondOrderCertificate.Compute(this, GradientNorm, exactHessian: true, options);

    /// <summary>The dense Hessian from <see cref="Dimension"/> HVPs with unit vectors (small networks only), symmetrised.</summary>
    public double[,] Dense()
    {
        var h = new double[Dimension, Dimension];
        var e = new double[Dimension];
        var column = new double[Dimension];
        for (int j = 0; j < Dimension; j++)
        {
            e[j] = 1;
            Apply(e, column);
            e[j] = 0;
            for (int i = 0; i < Dimension; i++)
            {
                h[i, j] = column[i];
            }
        }

        for (int i = 0; i < Dimension; i++)
        {
            for (int j = 0; j < i; j++)
            {
                double m = 0.5 * (h[i, j] + h[j, i]);
                h[i, j] = m;
                h[j, i] = m;
            }
        }

        return h;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var g in _gradient)
        {
            g.Dispose();
        }

        _loss.Dispose();
    }

    private static double[] Flatten(IList<Tensor> tensors)
    {
        var parts = new List<double>();
        foreach (var t in tensors)
        {
            using var d = t.detach().to(ScalarType.Float64).cpu().contiguous();
            parts.AddRange(d.data<double>().ToArray());
        }

        return [.. parts];
    }
}
