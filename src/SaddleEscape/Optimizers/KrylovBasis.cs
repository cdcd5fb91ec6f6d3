using MathNet.Numerics.LinearAlgebra;
using SaddleEscape.Landscape;
using System.Numerics.Tensors;

namespace SaddleEscape.Optimizers;

/// <summary>
/// An orthonormal basis for the second-order methods' subproblems, with the operator's images of its vectors: a Lanczos basis
/// of the Krylov space K(H, g) (full reorthogonalisation, at most <c>krylovDimension</c> vectors), augmented by the Ritz vector
/// of H's smallest eigenvalue from a separate Lanczos run when that is negative — so a gradient with no component along the
/// most negative curvature (g = 0 at a saddle included) still sees it. Costs at most 2·krylovDimension + 1 HVPs.
/// </summary>
internal sealed class KrylovBasis
{
    private KrylovBasis(List<double[]> vectors, List<double[]> images)
    {
        Vectors = vectors;
        Images = images;
    }

    /// <summary>The orthonormal vectors q_i.</summary>
    public List<double[]> Vectors { get; }

    /// <summary>H·q_i.</summary>
    public List<double[]> Images { get; }

    /// <summary>The basis for <paramref name="hessian"/> and <paramref name="gradient"/>.</summary>
    public static KrylovBasis Build(ISymmetricOperator hessian, ReadOnlySpan<double> gradient, int krylovDimension, int seed)
    {
        int n = hessian.Dimension, domain = hessian.DomainDimension, k = Math.Min(krylovDimension, domain);
        var basis = new List<double[]>();
        var images = new List<double[]>();
        double gNorm = TensorPrimitives.Norm(gradient);
        if (gNorm > 0)
        {
            var q = gradient.ToArray();
            TensorPrimitives.Multiply(q, 1 / gNorm, q);
            double scale = 0;
            while (basis.Count < k)
            {
                basis.Add(q);
                var w = new double[n];
                hessian.Apply(q, w);
                images.Add(w);
                var next = (double[])w.Clone();
                Orthogonalize(next, basis);
                hessian.ProjectToDomain(next);
                double beta = TensorPrimitives.Norm(next);
                scale = Math.Max(scale, TensorPrimitives.Norm(w));
                if (beta <= 1e-12 * Math.Max(scale, 1e-300))
                {
                    break;
                }

                TensorPrimitives.Multiply(next, 1 / beta, next);
                q = next;
            }
        }

        if (basis.Count < domain)
        {
            var lanczos = Lanczos.ExtremeEigenpairs(hessian, new LanczosOptions(MaxSteps: Math.Max(2, k), FullSpaceLimit: k, Seed: seed));
            if (lanczos.MinEigenvalue < 0)
            {
                var v = (double[])lanczos.MinEigenvector.Clone();
                Orthogonalize(v, basis);
                hessian.ProjectToDomain(v);
                double norm = TensorPrimitives.Norm(v);
                if (norm > 1e-8)
                {
                    TensorPrimitives.Multiply(v, 1 / norm, v);
                    basis.Add(v);
                    var w = new double[n];
                    hessian.Apply(v, w);
                    images.Add(w);
                }
            }
        }

        return new KrylovBasis(basis, images);
    }

    /// <summary>QᵀHQ (symmetrised) and Qᵀg.</summary>
    public (Matrix<double> Matrix, Vector<double> Gradient) Project(ReadOnlySpan<double> gradient)
    {
        int size = Vectors.Count;
        var a = Matrix<double>.Build.Dense(size, size, (i, j) => 0.5 * (TensorPrimitives.Dot(Vectors[i], Images[j]) + TensorPrimitives.Dot(Vectors[j], Images[i])));
        var b = Vector<double>.Build.Dense(size);
        for (int i = 0; i < size; i++)
        {
            b[i] = TensorPrimitives.Dot(Vectors[i], gradient);
        }

        return (a, b);
    }

    /// <summary>Σ y_i q_i.</summary>
    public double[] Combine(IReadOnlyList<double> y)
    {
        var s = new double[Vectors[0].Length];
        for (int i = 0; i < Vectors.Count; i++)
        {
            TensorPrimitives.MultiplyAdd(Vectors[i], y[i], s, s);
        }

        return s;
    }

    private static void Orthogonalize(double[] w, List<double[]> basis)
    {
        for (int pass = 0; pass < 2; pass++)
        {
            foreach (var q in basis)
            {
                TensorPrimitives.MultiplyAdd(q, -TensorPrimitives.Dot(q, w), w, w);
            }
        }
    }
}
