using System.Numerics.Tensors;

namespace SaddleEscape.Landscape;

/// <summary>
/// Stochastic Lanczos quadrature (Golub &amp; Meurant; Ubaru, Chen &amp; Saad 2017; used for network Hessians by
/// Ghorbani, Krishnan &amp; Xiao 2019): for each of <c>probes</c> Rademacher vectors v (‖v‖ = 1), m Lanczos steps
/// (full reorthogonalisation) give a tridiagonal T_m = UΘUᵀ, and the nodes θ_k with weights (U_{1k})² are a
/// Gauss quadrature for the spectral measure vᵀδ(λ − A)v. Averaged over probes this estimates the spectral
/// density μ = (1/n)Σδ(λ − λ_i): <see cref="Mass"/> estimates the fraction of eigenvalues in a set.
/// </summary>
public sealed class SpectralDensity
{
    private SpectralDensity(double[] nodes, double[] weights, int dimension, int probes, int steps, IReadOnlyList<double[]> probeNodes)
    {
        ProbeNodes = probeNodes;
        Nodes = nodes;
        Weights = weights;
        Dimension = dimension;
        Probes = probes;
        Steps = steps;
    }

    /// <summary>Quadrature nodes of all probes (eigenvalue estimates).</summary>
    public double[] Nodes { get; }

    /// <summary>The nodes of each probe, ascending: its extreme ones are Lanczos' estimates of the extreme eigenvalues.</summary>
    public IReadOnlyList<double[]> ProbeNodes { get; }

    /// <summary>Their weights; they sum to 1.</summary>
    public double[] Weights { get; }

    /// <summary>n, the operator's domain dimension.</summary>
    public int Dimension { get; }

    /// <summary>Probe vectors used.</summary>
    public int Probes { get; }

    /// <summary>Lanczos steps per probe.</summary>
    public int Steps { get; }

    /// <summary>Estimate for <paramref name="op"/> from <paramref name="probes"/> probes of <paramref name="steps"/> Lanczos steps each.</summary>
    public static SpectralDensity Estimate(ISymmetricOperator op, int probes, int steps, int seed)
    {
        ArgumentNullException.ThrowIfNull(op);
        ArgumentOutOfRangeException.ThrowIfLessThan(probes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        int n = op.Dimension;
        int m = Math.Min(steps, op.DomainDimension);
        var random = new Random(seed);
        var nodes = new List<double>();
        var weights = new List<double>();
        var probeNodes = new List<double[]>();
        var basis = new double[m][];
        var w = new double[n];
        var alpha = new double[m];
        var beta = new double[m];
        for (int p = 0; p < probes; p++)
        {
            var v = new double[n];
            for (int i = 0; i < n; i++)
            {
                v[i] = random.Next(2) == 0 ? -1 : 1;
            }

            op.ProjectToDomain(v);
            TensorPrimitives.Multiply(v, 1 / TensorPrimitives.Norm(v), v);
            basis[0] = v;
            int k = 0;
            for (int j = 0; j < m; j++)
            {
                op.Apply(basis[j], w);
                alpha[j] = TensorPrimitives.Dot(basis[j], w);
                for (int r = 0; r < 2; r++)
                {
                    for (int i = 0; i <= j; i++)
                    {
                        TensorPrimitives.MultiplyAdd(basis[i], -TensorPrimitives.Dot(basis[i], w), w, w);
                    }
                }

                op.ProjectToDomain(w);
                k = j + 1;
                beta[j] = TensorPrimitives.Norm(w);
                if (j + 1 == m || beta[j] <= 1e-12 * Math.Max(1, Math.Abs(alpha[j])))
                {
                    break;
                }

                basis[j + 1] = new double[n];
                TensorPrimitives.Multiply(w, 1 / beta[j], basis[j + 1]);
            }

            var (values, vectors) = Lanczos.Tridiagonal(alpha, beta, k);
            probeNodes.Add(values);
            for (int j = 0; j < k; j++)
            {
                nodes.Add(values[j]);
                double u = vectors[0, j];
                weights.Add(u * u / probes);
            }
        }

        return new SpectralDensity([.. nodes], [.. weights], op.DomainDimension, probes, m, probeNodes);
    }

    /// <summary>The exact measure (1/n)Σδ(λ − λ_i) of known eigenvalues, for comparison and plotting.</summary>
    public static SpectralDensity FromEigenvalues(IReadOnlyList<double> eigenvalues)
    {
        ArgumentNullException.ThrowIfNull(eigenvalues);
        if (eigenvalues.Count == 0)
        {
            throw new ArgumentException("no eigenvalues", nameof(eigenvalues));
        }

        var nodes = eigenvalues.ToArray();
        return new SpectralDensity(nodes, [.. nodes.Select(_ => 1.0 / nodes.Length)], nodes.Length, 0, 0, [nodes]);
    }

    /// <summary>Estimated fraction of eigenvalues λ with <paramref name="inSet"/>(λ).</summary>
    public double Mass(Func<double, bool> inSet)
    {
        ArgumentNullException.ThrowIfNull(inSet);
        double s = 0;
        for (int i = 0; i < Nodes.Length; i++)
        {
            if (inSet(Nodes[i]))
            {
                s += Weights[i];
            }
        }

        return s;
    }

    /// <summary>Estimated (1/n)·trace f(A) = ∫ f dμ.</summary>
    public double Integrate(Func<double, double> f)
    {
        ArgumentNullException.ThrowIfNull(f);
        double s = 0;
        for (int i = 0; i < Nodes.Length; i++)
        {
            s += Weights[i] * f(Nodes[i]);
        }

        return s;
    }

    /// <summary>
    /// The Wasserstein-1 distance ∫|F(x) − G(x)| dx between this estimate (nodes and weights) and the empirical measure of
    /// <paramref name="eigenvalues"/> (1/n each): how far, in eigenvalue units, the estimated spectrum is from the true one.
    /// </summary>
    public double Wasserstein1(IReadOnlyList<double> eigenvalues)
    {
        ArgumentNullException.ThrowIfNull(eigenvalues);
        if (eigenvalues.Count == 0)
        {
            throw new ArgumentException("no eigenvalues to compare with", nameof(eigenvalues));
        }

        var points = Nodes.Select((x, i) => (X: x, Mass: Weights[i])).Concat(eigenvalues.Select(x => (X: x, Mass: -1.0 / eigenvalues.Count))).OrderBy(p => p.X).ToArray();
        double cumulative = 0, distance = 0;
        for (int i = 0; i + 1 < points.Length; i++)
        {
            cumulative += points[i].Mass;
            distance += Math.Abs(cumulative) * (points[i + 1].X - points[i].X);
        }

        return distance;
    }

    /// <summary>The density smoothed by Gaussians of width <paramref name="sigma"/>, on <paramref name="grid"/>.</summary>
    public double[] Smoothed(IReadOnlyList<double> grid, double sigma)
    {
        ArgumentNullException.ThrowIfNull(grid);
        var result = new double[grid.Count];
        double c = 1 / (sigma * Math.Sqrt(2 * Math.PI));
        for (int g = 0; g < grid.Count; g++)
        {
            double s = 0;
            for (int i = 0; i < Nodes.Length; i++)
            {
                double z = (grid[g] - Nodes[i]) / sigma;
                s += Weights[i] * c * Math.Exp(-0.5 * z * z);
            }

            result[g] = s;
        }

        return result;
    }
}
