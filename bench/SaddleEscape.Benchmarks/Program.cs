using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(SaddleEscape.Benchmarks.PerturbedGradientDescentIteration).Assembly).Run(args);
