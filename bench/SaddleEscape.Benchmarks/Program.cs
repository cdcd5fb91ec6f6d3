using BenchmarkDotNet.Running;
using SaddleEscape.Benchmarks;

if (args is ["loop-rate", ..])
{
    // bench/PgdSideBySide/run.sh: the library's PGD rate, beside NumPy's and PyTorch's.
    LoopRate.Print(args.Length > 1 ? long.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2_000_000);
    return;
}

if (args is ["protocol-overhead", ..])
{
    // bench/ProtocolOverhead/run.sh: a grad round trip through the ask/tell protocol beside an in-process oracle call.
    ProtocolOverhead.Print(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args[2]);
    return;
}

if (args is ["peers-at-saddle", ..])
{
    // bench/ProtocolOverhead/peers.sh: the scipy and torch peers through the protocol, certified where they stop.
    PeersAtSaddle.Print(args[1], args[2]);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(PerturbedGradientDescentIteration).Assembly).Run(args);
