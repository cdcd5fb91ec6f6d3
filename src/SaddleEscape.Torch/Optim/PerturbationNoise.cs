using TorchSharp;
using static TorchSharp.torch;

namespace SaddleEscape.Torch.Optim;

/// <summary>
/// Draws perturbations ξ for the whole parameter vector (one tensor per parameter, same shapes), from a seeded
/// torch generator so that equal seeds give equal bits. Subclasses may supply ξ otherwise (tests replay the
/// core library's draws through <see cref="Sample"/>).
/// </summary>
public class PerturbationNoise : IDisposable
{
    private readonly Generator _generator;

    /// <summary>Noise of <paramref name="kind"/> from a generator seeded with <paramref name="seed"/>.</summary>
    public PerturbationNoise(PerturbationKind kind, long seed)
    {
        Kind = kind;
        _generator = new Generator(unchecked((ulong)seed));
    }

    /// <summary>The distribution.</summary>
    public PerturbationKind Kind { get; }

    /// <summary>
    /// Whether an optimiser may draw the next ξ ahead of time on a worker thread (PSGD does, to overlap drawing with the
    /// forward and backward passes; it then draws one ξ more than it uses). True for this class; subclasses, which may
    /// be neither thread-safe nor unbounded, draw when asked unless they override this.
    /// </summary>
    public virtual bool SupportsPrefetch => GetType() == typeof(PerturbationNoise);

    /// <summary>Writes one draw of ξ with radius <paramref name="radius"/> into <paramref name="outputs"/> (d = their total size).</summary>
    public virtual void Sample(IReadOnlyList<Tensor> outputs, double radius)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        long d = 0;
        double squared = 0;
        foreach (var t in outputs)
        {
            t.normal_(0, 1, _generator);
            d += t.numel();
            if (Kind != PerturbationKind.Gaussian)
            {
                using var s = t.square().sum();
                squared += s.ToDouble();
            }
        }

        double scale = Kind switch
        {
            PerturbationKind.Gaussian => radius / Math.Sqrt(d),
            PerturbationKind.Sphere => radius / Math.Sqrt(squared),
            _ => radius * Math.Pow(UniformDraw(), 1.0 / d) / Math.Sqrt(squared),
        };
        foreach (var t in outputs)
        {
            t.mul_(scale);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the generator.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _generator.Dispose();
        }
    }

    private double UniformDraw()
    {
        using var u = rand(1, ScalarType.Float64, generator: _generator);
        return u.ToDouble();
    }
}
