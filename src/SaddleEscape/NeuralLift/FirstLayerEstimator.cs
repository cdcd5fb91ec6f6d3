using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using SaddleEscape.Tensors;
using System.Numerics.Tensors;

namespace SaddleEscape.NeuralLift;

/// <summary>
/// NN-LIFT's first layer from M₂ = Σ λ₂,j a_j a_jᵀ and M₃ = Σ λ₃,j a_j^⊗3 (Goyal &amp; Ullah Proc. 4 steps 1–2, Alg. 2,
/// Proc. 3), using only these moments. Whitening keeps the k eigenvalues of M₂ of largest magnitude and uses |γ|
/// (<see cref="Whitening"/>), so WᵀM₂W = S = diag(signs). With B_j = Wᵀa_j: B Λ₂ Bᵀ = S.
/// <para>If all signs agree, v_j = √|λ₂,j|·B_j are orthonormal and T̃ = M₃(W,W,W) = Σ λ₃,j|λ₂,j|^{-3/2} v_j^⊗3 is
/// orthogonally decomposable. If they do not (λ₂,j = a₂,j E[σ''] of mixed signs), the B_j are only S-orthonormal and
/// whitening does not orthogonalise. A positive combination is then built from the data: since B⁻¹ = Λ₂BᵀS, the matrix
/// S·T̃(I,I,θ) = (SB)·diag(λ₃,j⟨a_j,θ⟩/λ₂,j)·(SB)⁻¹ for a random θ (the best separated of 16) has eigenvectors S·B_j (Jennrich's simultaneous
/// diagonalisation); P = Σ_j b_j b_jᵀ with b_j = B_j/‖B_j‖ is a positive combination, and re-whitening by P^{-1/2}
/// makes the components orthonormal again. The decomposition then runs on T̃(P^{-1/2}, P^{-1/2}, P^{-1/2}).</para>
/// <para>Un-whitening: a_j ∝ (Wᵀ)⁺ P^{1/2} v_j. Neither the scale nor the sign of a_j is identified by the moments
/// (λ_m,j absorb them), so the directions are returned as unit vectors — the unit-norm-column convention of Janzamin,
/// Sedghi &amp; Anandkumar (2015) — with the sign fixed by convention; for the sigmoid a flip (a, b₁, a₂, b₂) →
/// (−a, −b₁, −a₂, b₂ + a₂) leaves the network unchanged, so the later stages absorb it.</para>
/// </summary>
public static class FirstLayerEstimator
{
    /// <summary>k unit directions from the moments.</summary>
    public static FirstLayerEstimate Estimate(Matrix<double> secondMoment, ISymmetricTensor thirdMoment, int hidden, NeuralLiftOptions options, int seed)
    {
        ArgumentNullException.ThrowIfNull(secondMoment);
        ArgumentNullException.ThrowIfNull(thirdMoment);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        int d = secondMoment.RowCount;
        if (thirdMoment.Order != 3 || thirdMoment.Dimension != d || secondMoment.ColumnCount != d)
        {
            throw new ArgumentException($"need a d×d M₂ and an order-3 M₃ in dimension d = {d}");
        }

        var whitening = Whitening.FromSecondMoment(secondMoment, hidden);
        var whitened = whitening.Whiten(thirdMoment);
        var root = Matrix<double>.Build.DenseIdentity(hidden);
        if (!whitening.IsDefinite)
        {
            (whitened, root) = Rewhiten(whitened, whitening.Signs, new Random(seed ^ 0x5bd1e995));
        }

        int spurious = 0;
        IReadOnlyList<TensorEigenpair> pairs;
        if (options.Decomposition == LiftDecomposition.PowerMethod)
        {
            pairs = TensorPowerMethod.Decompose(whitened, hidden, options.PowerRestarts, options.PowerIterations, svdStarts: true, new Random(seed));
        }
        else
        {
            var result = NoisyGradientTensorDecomposition.Decompose(whitened, hidden, options.NoisyGradient ?? new NoisyGradientDecompositionOptions(), seed);
            (pairs, spurious) = (result.Pairs, result.SpuriousMaxima);
        }

        var back = whitening.B * root;
        var directions = new double[hidden * d];
        for (int j = 0; j < hidden; j++)
        {
            var a = back * Vector<double>.Build.DenseOfArray(pairs[j].Vector);
            var target = directions.AsSpan(j * d, d);
            for (int i = 0; i < d; i++)
            {
                target[i] = a[i];
            }

            NormalizeWithSignConvention(target);
        }

        return new FirstLayerEstimate(directions, [.. whitening.Eigenvalues], !whitening.IsDefinite, pairs.Select(p => p.Eigenvalue).ToArray(), spurious);
    }

    /// <summary>Scales <paramref name="v"/> to unit length with its largest-magnitude entry positive.</summary>
    public static void NormalizeWithSignConvention(Span<double> v)
    {
        double norm = TensorPrimitives.Norm(v);
        if (norm == 0)
        {
            return;
        }

        int largest = TensorPrimitives.IndexOfMaxMagnitude(v);
        TensorPrimitives.Multiply(v, Math.Sign(v[largest]) / norm, v);
    }

    private static (ISymmetricTensor Tensor, Matrix<double> Root) Rewhiten(ISymmetricTensor whitened, IReadOnlyList<int> signs, Random random)
    {
        // Jennrich's step is only as stable as the separation of the eigenvalues ρ_j of S·T̃(I,I,θ): of 16 random θ keep the
        // one whose smallest gap between (real parts of) eigenvalues, relative to the largest |ρ|, is widest.
        int k = whitened.Dimension;
        var s = Matrix<double>.Build.DiagonalOfDiagonalArray(signs.Select(x => (double)x).ToArray());
        MathNet.Numerics.LinearAlgebra.Factorization.Evd<double>? evd = null;
        double bestGap = double.NegativeInfinity;
        for (int candidate = 0; candidate < 16; candidate++)
        {
            var theta = new double[k];
            Normal.Samples(random, theta, 0, 1);
            var trial = (s * Slice(whitened, theta)).Evd(Symmetricity.Asymmetric);
            var rho = trial.EigenValues.Select(c => c.Real).Order().ToArray();
            double scale = rho.Max(Math.Abs), gap = double.PositiveInfinity;
            for (int j = 1; j < k; j++)
            {
                gap = Math.Min(gap, rho[j] - rho[j - 1]);
            }

            gap = k == 1 ? 1 : gap / scale;
            if (gap > bestGap)
            {
                (bestGap, evd) = (gap, trial);
            }
        }

        var components = Matrix<double>.Build.Dense(k, k);
        for (int j = 0; j < k; j++)
        {
            var b = s * evd!.EigenVectors.Column(j);
            components.SetColumn(j, b / b.L2Norm());
        }

        var positive = components.TransposeAndMultiply(components);
        var symmetric = positive.Evd(Symmetricity.Symmetric);
        var values = symmetric.EigenValues.Select(c => c.Real).ToArray();
        if (values.Min() <= 1e-12 * values.Max())
        {
            throw new ArgumentException("the components recovered by simultaneous diagonalisation are linearly dependent; M₃ does not separate them");
        }

        var u = symmetric.EigenVectors;
        var inverseRoot = u * Matrix<double>.Build.DiagonalOfDiagonalArray(values.Select(x => 1 / Math.Sqrt(x)).ToArray()) * u.Transpose();
        var root = u * Matrix<double>.Build.DiagonalOfDiagonalArray(values.Select(Math.Sqrt).ToArray()) * u.Transpose();
        var transformed = new DenseSymmetricTensor(3, k);
        transformed.SetData(MultilinearForm.Apply(whitened, inverseRoot, inverseRoot, inverseRoot));
        return (transformed, root);
    }

    private static Matrix<double> Slice(ISymmetricTensor tensor, double[] theta)
    {
        int k = tensor.Dimension;
        var slice = Matrix<double>.Build.Dense(k, k);
        var e = new double[k];
        var column = new double[k];
        for (int j = 0; j < k; j++)
        {
            e[j] = 1;
            tensor.Contract(e, theta, [], column);
            slice.SetColumn(j, column);
            e[j] = 0;
        }

        return slice;
    }
}
