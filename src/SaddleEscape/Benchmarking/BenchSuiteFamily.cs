namespace SaddleEscape.Benchmarking;

/// <summary>A family in a suite: a label, the catalogue family with its parameters, and the ladder of dimensions.</summary>
/// <param name="Label">The suite's name for it (kebab-case).</param>
/// <param name="Family">The catalogue family (<see cref="Problems.ProblemFamilies"/>).</param>
/// <param name="Dimensions">Its dimensions (the family's <c>--dim</c>).</param>
/// <param name="Parameters">Maps the family's default parameters to the suite's (null: the defaults).</param>
/// <param name="ParameterText">The parameters in words (for the report).</param>
public sealed record BenchSuiteFamily(string Label, string Family, IReadOnlyList<int> Dimensions, Func<object, object>? Parameters = null, string ParameterText = "the family's defaults");
