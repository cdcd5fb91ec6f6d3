namespace SaddleEscape.Experiments.Running;

/// <summary>An experiment a <c>saddle</c> program does not have, and where it is.</summary>
/// <param name="Name">The experiment's name (as <c>saddle reproduce NAME</c> takes it).</param>
/// <param name="Where">What it is and which program runs it, as one phrase (it follows "NAME is" or "NAME: skipped —").</param>
public sealed record ExperimentElsewhere(string Name, string Where);
