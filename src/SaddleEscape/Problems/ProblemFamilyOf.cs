namespace SaddleEscape.Problems;

/// <summary>A <see cref="ProblemFamily"/> with typed parameters <typeparamref name="TParameters"/>.</summary>
/// <typeparam name="TParameters">The parameters record (settings declared with <see cref="Settings.SettingAttribute"/>).</typeparam>
public abstract class ProblemFamily<TParameters> : ProblemFamily
    where TParameters : class, new()
{
    /// <inheritdoc />
    public sealed override Type ParametersType => typeof(TParameters);

    /// <summary>Builds an instance from typed parameters; one-line <see cref="ArgumentException"/> on bad values.</summary>
    public abstract ProblemInstance Create(int dimension, TParameters parameters, int seed);

    /// <inheritdoc />
    public sealed override IReadOnlyList<OptimizerRecommendation> Recommendations(object parameters) =>
        parameters is TParameters typed ? Recommend(typed) : throw new ArgumentException($"{Owner}: parameters must be a {typeof(TParameters).Name}", nameof(parameters));

    /// <summary>The recommendations for <paramref name="parameters"/> (none unless overridden); instances carry the same list.</summary>
    protected virtual IReadOnlyList<OptimizerRecommendation> Recommend(TParameters parameters) => [];

    /// <inheritdoc />
    public sealed override ProblemInstance Create(int dimension, object parameters, int seed) =>
        parameters is TParameters typed
            ? Create(dimension, typed, seed)
            : throw new ArgumentException($"{Owner}: parameters must be a {typeof(TParameters).Name} (got {parameters?.GetType().Name ?? "null"})", nameof(parameters));
}
