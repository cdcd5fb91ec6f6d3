namespace SaddleEscape.Tests.Cli;

/// <summary>CLI tests redirect Console.Out/Error, so they run one at a time.</summary>
[CollectionDefinition("console", DisableParallelization = true)]
public sealed class ConsoleCollection;
