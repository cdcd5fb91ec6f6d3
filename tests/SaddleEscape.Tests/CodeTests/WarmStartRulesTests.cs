using SaddleEscape.Manifolds;
using SaddleEscape.Minimization;
using SaddleEscape.Numerics;
using SaddleEscape.Objectives;
using SaddleEscape.Optimizers;
using SaddleEscape.Problems;
using System.Reflection;

namespace SaddleEscape.Tests;

/// <summary>
/// The rules behind a fresh process's first iterations (issue 21, item 7). In every process, a user's app as much as
/// `saddle`, the JIT starts IL at tier 0 and promotes it only after its call-counting delay, and TensorPrimitives ships as
/// IL only, so a short run spent its first few hundred thousand iterations several times slower than warm. The loop's
/// leaves (the span kernels, the Euclidean manifold, the loop benchmarks' objectives) are therefore compiled fully optimised
/// on their first call; the methods that dispatch to the optimiser, the objective and the manifold are not, because
/// AggressiveOptimization also turns off dynamic PGO, and with it the guarded devirtualisation of those calls.
/// bench/PgdSideBySide measures both sides.
/// </summary>
public sealed class WarmStartRulesTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static bool Optimized(MethodInfo m) => (m.MethodImplementationFlags & MethodImplAttributes.AggressiveOptimization) != 0;

    private static IEnumerable<MethodInfo> Named(Type type, params string[] names) =>
        names.Select(n => type.GetMethods(Declared).Single(m => m.Name == n));

    private static string Name(MethodInfo m) => $"{m.DeclaringType!.Name}.{m.Name}";

    [Fact]
    public void TheLoopsLeavesAreCompiledOptimizedOnTheirFirstCall()
    {
        var leaves = typeof(LoopKernels).GetMethods(Declared)
            .Concat(Named(typeof(Minimizer), "AllFinite"))
            .Concat(Named(typeof(Euclidean), nameof(Euclidean.ProjectToTangent), nameof(Euclidean.Retract)))
            .Concat(Named(typeof(QuadraticSaddle), nameof(QuadraticSaddle.ValueAndGradient)))
            .Concat(Named(typeof(OctopusFunction), "Evaluate", nameof(OctopusFunction.Contains), nameof(OctopusFunction.Region)));
        var cold = leaves.Where(m => !Optimized(m)).Select(Name).ToList();
        Assert.True(cold.Count == 0, $"add [MethodImpl(MethodImplOptions.AggressiveOptimization)] to: {string.Join(", ", cold)}");
    }

    [Fact]
    public void TheDispatchersKeepDynamicPgo()
    {
        // Measured side by side (bench/PgdSideBySide, warm): AggressiveOptimization on these cost PGD 4–16 % and PAGD 21 %
        // of the warm rate on the d = 100 quadratic saddle, for a cold-start gain the leaves already give.
        var dispatchers = typeof(Optimizer).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Optimizer)))
            .SelectMany(t => t.GetMethods(Declared))
            .Where(m => m.Name is nameof(Optimizer.Step) or "Direction" && m.IsVirtual && !m.IsAbstract)
            .Concat(Named(typeof(Minimizer), nameof(Minimizer.Run), "Evaluate"))
            .Concat(Named(typeof(Oracle), nameof(Oracle.Value), nameof(Oracle.ValueAndGradient), nameof(Oracle.StochasticGradient)))
            .Concat(Named(typeof(OptimizationState), nameof(OptimizationState.EvaluateGradient), nameof(OptimizationState.StepAlong)))
            .ToList();
        Assert.Contains(dispatchers, m => m.DeclaringType == typeof(PerturbedGradientDescent));
        var frozen = dispatchers.Where(Optimized).Select(Name).ToList();
        Assert.True(frozen.Count == 0, $"AggressiveOptimization turns off dynamic PGO (guarded devirtualisation) for: {string.Join(", ", frozen)}");
    }

    [Theory]
    [InlineData("src/SaddleEscape/Minimization/Minimizer.cs")]
    [InlineData("src/SaddleEscape/Optimizers/OptimizationState.cs")]
    public void TheLoopsOwnArithmeticAvoidsTensorPrimitives(string file)
    {
        // TensorPrimitives' generic code starts at tier 0 in every fresh process; LoopKernels is optimised on first call.
        string text = File.ReadAllText(Path.Combine(RepositoryRoot.Path, file));
        Assert.DoesNotContain("TensorPrimitives.", text, StringComparison.Ordinal);
    }
}
