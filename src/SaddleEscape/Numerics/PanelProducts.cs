using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SaddleEscape.Numerics;

/// <summary>
/// Register-blocked products of a panel of rows (a few dozen samples) with small dense matrices, the two shapes of
/// a batch gradient of a one-hidden-layer network: Out = A·M (e.g. P = XBᵀ from Bᵀ) and Out += AᵀX (e.g. ∇B += RᵀX).
/// Each 4×12 block of the output lives in twelve 256-bit registers while the inner dimension streams past, so every
/// load feeds three or four fused multiply-adds (the row-at-a-time dot products it replaces load two numbers per
/// multiply-add). Row-major throughout; the output's and M's column count must be a multiple of 4 (pad with zero
/// columns); A's row count and X's column count are arbitrary.
/// </summary>
public static class PanelProducts
{
    /// <summary>
    /// <paramref name="output"/>[rows × cols] = A·M with A rows × inner (row stride <paramref name="lda"/>) and M inner × cols
    /// (row stride cols, cols a multiple of 4); the output's row stride is cols.
    /// </summary>
    public static void Multiply(ReadOnlySpan<double> a, int rows, int inner, int lda, ReadOnlySpan<double> m, int cols, Span<double> output)
    {
        Check(cols % 4 == 0, "cols must be a multiple of 4");
        Check(rows >= 0 && inner >= 0 && lda >= inner, "need rows, inner ≥ 0 and lda ≥ inner");
        Check(rows == 0 || a.Length >= ((rows - 1) * lda) + inner, "a is shorter than rows × lda");
        Check(m.Length >= inner * cols && output.Length >= rows * cols, "m or output is shorter than its shape");
        ref double a0 = ref MemoryMarshal.GetReference(a);
        ref double m0 = ref MemoryMarshal.GetReference(m);
        ref double o0 = ref MemoryMarshal.GetReference(output);
        int i = 0;
        for (; i + 4 <= rows; i += 4)
        {
            int c = 0;
            for (; c + 12 <= cols; c += 12)
            {
                MultiplyFourByTwelve(ref Unsafe.Add(ref a0, i * lda), lda, inner, ref Unsafe.Add(ref m0, c), cols, ref Unsafe.Add(ref o0, (i * cols) + c));
            }

            for (; c < cols; c += 4)
            {
                MultiplyRowsByFour(4, ref Unsafe.Add(ref a0, i * lda), lda, inner, ref Unsafe.Add(ref m0, c), cols, ref Unsafe.Add(ref o0, (i * cols) + c));
            }
        }

        for (; i < rows; i++)
        {
            for (int c = 0; c < cols; c += 4)
            {
                MultiplyRowsByFour(1, ref Unsafe.Add(ref a0, i * lda), lda, inner, ref Unsafe.Add(ref m0, c), cols, ref Unsafe.Add(ref o0, (i * cols) + c));
            }
        }
    }

    /// <summary>
    /// <paramref name="output"/>[aCols × xCols] += AᵀX over <paramref name="rows"/> rows, with A rows × aCols (row stride
    /// <paramref name="lda"/>, aCols a multiple of 4) and X rows × xCols (row stride <paramref name="ldx"/>); the output's
    /// row stride is xCols.
    /// </summary>
    public static void AccumulateTransposed(ReadOnlySpan<double> a, int rows, int aCols, int lda, ReadOnlySpan<double> x, int xCols, int ldx, Span<double> output)
    {
        Check(aCols % 4 == 0, "aCols must be a multiple of 4");
        Check(rows >= 0 && xCols >= 0 && lda >= aCols && ldx >= xCols, "need rows, xCols ≥ 0, lda ≥ aCols and ldx ≥ xCols");
        Check(rows == 0 || (a.Length >= ((rows - 1) * lda) + aCols && x.Length >= ((rows - 1) * ldx) + xCols), "a or x is shorter than its shape");
        Check(output.Length >= aCols * xCols, "output is shorter than aCols × xCols");
        ref double a0 = ref MemoryMarshal.GetReference(a);
        ref double x0 = ref MemoryMarshal.GetReference(x);
        ref double o0 = ref MemoryMarshal.GetReference(output);
        for (int j = 0; j < aCols; j += 4)
        {
            int l = 0;
            for (; l + 12 <= xCols; l += 12)
            {
                AccumulateFourByTwelve(ref Unsafe.Add(ref a0, j), lda, rows, ref Unsafe.Add(ref x0, l), ldx, ref Unsafe.Add(ref o0, (j * xCols) + l), xCols);
            }

            for (; l + 4 <= xCols; l += 4)
            {
                AccumulateFourByFour(ref Unsafe.Add(ref a0, j), lda, rows, ref Unsafe.Add(ref x0, l), ldx, ref Unsafe.Add(ref o0, (j * xCols) + l), xCols);
            }

            for (; l < xCols; l++)
            {
                AccumulateFourByOne(ref Unsafe.Add(ref a0, j), lda, rows, ref Unsafe.Add(ref x0, l), ldx, ref Unsafe.Add(ref o0, (j * xCols) + l), xCols);
            }
        }
    }

    /// <summary>n rounded up to a multiple of 4: the column count of a padded panel operand.</summary>
    public static int PaddedWidth(int n) => (n + 3) / 4 * 4;

    /// <summary>
    /// Writes the transpose of row-major <paramref name="rows"/> (m × d) into <paramref name="transposed"/> (d × <see cref="PaddedWidth"/>(m),
    /// row-major), leaving the padding columns as they are (zero when the buffer was fresh): the M operand of
    /// <see cref="Multiply"/> for products with the rows' transpose, e.g. P = XBᵀ.
    /// </summary>
    public static void TransposePadded(ReadOnlySpan<double> rows, int m, int d, Span<double> transposed)
    {
        int mp = PaddedWidth(m);
        Check(rows.Length >= m * d && transposed.Length >= d * mp, "rows or transposed is shorter than its shape");
        for (int j = 0; j < m; j++)
        {
            for (int l = 0; l < d; l++)
            {
                transposed[(l * mp) + j] = rows[(j * d) + l];
            }
        }
    }

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }

    private static void MultiplyFourByTwelve(ref double a, int lda, int inner, ref double m, int ldm, ref double o)
    {
        Vector256<double> c00 = default, c01 = default, c02 = default, c10 = default, c11 = default, c12 = default;
        Vector256<double> c20 = default, c21 = default, c22 = default, c30 = default, c31 = default, c32 = default;
        for (int l = 0; l < inner; l++)
        {
            ref double ml = ref Unsafe.Add(ref m, l * ldm);
            var b0 = Vector256.LoadUnsafe(ref ml);
            var b1 = Vector256.LoadUnsafe(ref ml, 4);
            var b2 = Vector256.LoadUnsafe(ref ml, 8);
            var x = Vector256.Create(Unsafe.Add(ref a, l));
            c00 = Vector256.FusedMultiplyAdd(x, b0, c00);
            c01 = Vector256.FusedMultiplyAdd(x, b1, c01);
            c02 = Vector256.FusedMultiplyAdd(x, b2, c02);
            x = Vector256.Create(Unsafe.Add(ref a, lda + l));
            c10 = Vector256.FusedMultiplyAdd(x, b0, c10);
            c11 = Vector256.FusedMultiplyAdd(x, b1, c11);
            c12 = Vector256.FusedMultiplyAdd(x, b2, c12);
            x = Vector256.Create(Unsafe.Add(ref a, (2 * lda) + l));
            c20 = Vector256.FusedMultiplyAdd(x, b0, c20);
            c21 = Vector256.FusedMultiplyAdd(x, b1, c21);
            c22 = Vector256.FusedMultiplyAdd(x, b2, c22);
            x = Vector256.Create(Unsafe.Add(ref a, (3 * lda) + l));
            c30 = Vector256.FusedMultiplyAdd(x, b0, c30);
            c31 = Vector256.FusedMultiplyAdd(x, b1, c31);
            c32 = Vector256.FusedMultiplyAdd(x, b2, c32);
        }

        StoreFourByTwelve(ref o, ldm, c00, c01, c02, c10, c11, c12, c20, c21, c22, c30, c31, c32);
    }

    /// <summary>Stores a 4×12 register tile (rows c0*, c1*, c2*, c3*) at o with row stride ldo.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreFourByTwelve(
        ref double o, int ldo, Vector256<double> c00, Vector256<double> c01, Vector256<double> c02, Vector256<double> c10, Vector256<double> c11, Vector256<double> c12,
        Vector256<double> c20, Vector256<double> c21, Vector256<double> c22, Vector256<double> c30, Vector256<double> c31, Vector256<double> c32)
    {
        StoreTwelve(ref o, c00, c01, c02);
        StoreTwelve(ref Unsafe.Add(ref o, ldo), c10, c11, c12);
        StoreTwelve(ref Unsafe.Add(ref o, 2 * ldo), c20, c21, c22);
        StoreTwelve(ref Unsafe.Add(ref o, 3 * ldo), c30, c31, c32);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreTwelve(ref double o, Vector256<double> c0, Vector256<double> c1, Vector256<double> c2)
    {
        c0.StoreUnsafe(ref o);
        c1.StoreUnsafe(ref o, 4);
        c2.StoreUnsafe(ref o, 8);
    }

    /// <summary>Rows 1 or 4 of A times a 4-column strip of M.</summary>
    private static void MultiplyRowsByFour(int rows, ref double a, int lda, int inner, ref double m, int ldm, ref double o)
    {
        for (int r = 0; r < rows; r++)
        {
            ref double ar = ref Unsafe.Add(ref a, r * lda);
            Vector256<double> c = default;
            for (int l = 0; l < inner; l++)
            {
                c = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref ar, l)), Vector256.LoadUnsafe(ref Unsafe.Add(ref m, l * ldm)), c);
            }

            c.StoreUnsafe(ref Unsafe.Add(ref o, r * ldm));
        }
    }

    private static void AccumulateFourByTwelve(ref double a, int lda, int rows, ref double x, int ldx, ref double o, int ldo)
    {
        ref double o1 = ref Unsafe.Add(ref o, ldo), o2 = ref Unsafe.Add(ref o, 2 * ldo), o3 = ref Unsafe.Add(ref o, 3 * ldo);
        Vector256<double> c00 = Vector256.LoadUnsafe(ref o), c01 = Vector256.LoadUnsafe(ref o, 4), c02 = Vector256.LoadUnsafe(ref o, 8);
        Vector256<double> c10 = Vector256.LoadUnsafe(ref o1), c11 = Vector256.LoadUnsafe(ref o1, 4), c12 = Vector256.LoadUnsafe(ref o1, 8);
        Vector256<double> c20 = Vector256.LoadUnsafe(ref o2), c21 = Vector256.LoadUnsafe(ref o2, 4), c22 = Vector256.LoadUnsafe(ref o2, 8);
        Vector256<double> c30 = Vector256.LoadUnsafe(ref o3), c31 = Vector256.LoadUnsafe(ref o3, 4), c32 = Vector256.LoadUnsafe(ref o3, 8);
        for (int t = 0; t < rows; t++)
        {
            ref double xt = ref Unsafe.Add(ref x, t * ldx);
            ref double at = ref Unsafe.Add(ref a, t * lda);
            var b0 = Vector256.LoadUnsafe(ref xt);
            var b1 = Vector256.LoadUnsafe(ref xt, 4);
            var b2 = Vector256.LoadUnsafe(ref xt, 8);
            var s = Vector256.Create(at);
            c00 = Vector256.FusedMultiplyAdd(s, b0, c00);
            c01 = Vector256.FusedMultiplyAdd(s, b1, c01);
            c02 = Vector256.FusedMultiplyAdd(s, b2, c02);
            s = Vector256.Create(Unsafe.Add(ref at, 1));
            c10 = Vector256.FusedMultiplyAdd(s, b0, c10);
            c11 = Vector256.FusedMultiplyAdd(s, b1, c11);
            c12 = Vector256.FusedMultiplyAdd(s, b2, c12);
            s = Vector256.Create(Unsafe.Add(ref at, 2));
            c20 = Vector256.FusedMultiplyAdd(s, b0, c20);
            c21 = Vector256.FusedMultiplyAdd(s, b1, c21);
            c22 = Vector256.FusedMultiplyAdd(s, b2, c22);
            s = Vector256.Create(Unsafe.Add(ref at, 3));
            c30 = Vector256.FusedMultiplyAdd(s, b0, c30);
            c31 = Vector256.FusedMultiplyAdd(s, b1, c31);
            c32 = Vector256.FusedMultiplyAdd(s, b2, c32);
        }

        StoreFourByTwelve(ref o, ldo, c00, c01, c02, c10, c11, c12, c20, c21, c22, c30, c31, c32);
    }

    private static void AccumulateFourByFour(ref double a, int lda, int rows, ref double x, int ldx, ref double o, int ldo)
    {
        var c0 = Vector256.LoadUnsafe(ref o);
        var c1 = Vector256.LoadUnsafe(ref o, (nuint)ldo);
        var c2 = Vector256.LoadUnsafe(ref o, (nuint)(2 * ldo));
        var c3 = Vector256.LoadUnsafe(ref o, (nuint)(3 * ldo));
        for (int t = 0; t < rows; t++)
        {
            ref double at = ref Unsafe.Add(ref a, t * lda);
            var b = Vector256.LoadUnsafe(ref Unsafe.Add(ref x, t * ldx));
            c0 = Vector256.FusedMultiplyAdd(Vector256.Create(at), b, c0);
            c1 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref at, 1)), b, c1);
            c2 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref at, 2)), b, c2);
            c3 = Vector256.FusedMultiplyAdd(Vector256.Create(Unsafe.Add(ref at, 3)), b, c3);
        }

        c0.StoreUnsafe(ref o);
        c1.StoreUnsafe(ref o, (nuint)ldo);
        c2.StoreUnsafe(ref o, (nuint)(2 * ldo));
        c3.StoreUnsafe(ref o, (nuint)(3 * ldo));
    }

    /// <summary>One column of X: the four outputs (j..j+3, l) as one vector of A's row against a broadcast x_tl.</summary>
    private static void AccumulateFourByOne(ref double a, int lda, int rows, ref double x, int ldx, ref double o, int ldo)
    {
        Vector256<double> c = default;
        for (int t = 0; t < rows; t++)
        {
            c = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref Unsafe.Add(ref a, t * lda)), Vector256.Create(Unsafe.Add(ref x, t * ldx)), c);
        }

        Unsafe.Add(ref o, 0) += c[0];
        Unsafe.Add(ref o, ldo) += c[1];
        Unsafe.Add(ref o, 2 * ldo) += c[2];
        Unsafe.Add(ref o, 3 * ldo) += c[3];
    }
}
