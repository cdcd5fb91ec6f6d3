using SaddleEscape.Benchmarking;
using SaddleEscape.Experiments.Running;
using SaddleEscape.Manifolds;
using SaddleEscape.Numerics;
using System.Globalization;
using System.Text;

namespace SaddleEscape.Experiments.Protocol;

/// <summary>
/// A solver in any language, run as a child process that speaks the ask/tell protocol of docs/protocol.md (version 1):
/// JSON lines on its stdin and stdout. The harness sends the problem; the child asks for f, ∇f, ∇²f·v, stochastic
/// gradients, Riemannian gradients and retractions, and ends with <c>done</c> (its point and whether it claims
/// convergence). Every answer is computed by <see cref="BenchTask.Oracle"/>, so the harness counts every call whatever the
/// child reports. A child that breaks the protocol, stops answering or dies ends its run with a
/// <see cref="SolverProtocolException"/> (<c>protocol-error</c>, <c>timeout</c>, <c>crashed</c>); a spent budget lets
/// the oracle's <see cref="BudgetExhaustedException"/> through after telling the child. The child is gone when
/// <see cref="Solve"/> returns or throws.
/// </summary>
public sealed class ProcessSolver : IBenchSolver
{
    /// <summary>How long the harness waits for each line of the child when no timeout is given: 60 s.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    private readonly IReadOnlyList<string> _argv;
    private readonly Lazy<string> _name;

    /// <summary>
    /// A solver run as <paramref name="command"/>: split into a program and its arguments as a shell would (quotes and
    /// backslashes group) but never run by one (nothing is expanded). Its <see cref="Name"/> is <paramref name="name"/>,
    /// else the name the child gives in its <c>hello</c> (asked once, by starting it and closing its input), else one
    /// derived from the command (<see cref="SolverCommandName.FromArguments"/>).
    /// </summary>
    /// <param name="command">The command line, e.g. <c>python3 clients/python/peers/scipy_solver.py trust-ncg</c>.</param>
    /// <param name="name">The solver's name in reports (kebab-case), or null.</param>
    /// <param name="timeout">The longest wait for each line of the child (its start included); <see cref="DefaultTimeout"/> when null.</param>
    /// <exception cref="ArgumentException">An empty command, an unbalanced quote, a control character, or a bad name or timeout.</exception>
    public ProcessSolver(string command, string? name = null, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(command);
        _argv = ShellWords.Split(command, "--solver-command");
        Command = command;
        Timeout = timeout ?? DefaultTimeout;
        if (Timeout <= TimeSpan.Zero || Timeout > TimeSpan.FromDays(1))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"the solver timeout must be in (0 s, 1 day] (got {Timeout.TotalSeconds} s)"));
        }

        if (name is not null && !IsName(name))
        {
            throw new ArgumentException($"the solver name must be 1 to 64 of a-z, 0-9, '.', '_', '-' starting with a letter or digit (got '{name}')");
        }

        _name = new Lazy<string>(() => name ?? AskName() ?? SolverCommandName.FromArguments(_argv));
    }

    /// <summary>The command as given.</summary>
    public string Command { get; }

    /// <summary>The longest wait for each line of the child.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>When set, every line exchanged is written to it, prefixed "&gt; " (harness to solver) or "&lt; " (solver to harness).</summary>
    public TextWriter? Transcript { get; init; }

    /// <inheritdoc />
    public string Name => _name.Value;

    /// <inheritdoc />
    public string Description => $"child process (protocol {ProtocolLimits.Version}): {Command}";

    /// <inheritdoc />
    public BenchSolverClaim Solve(BenchTask task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        int d = task.Dimension;
        if (task.Start.Length != d || task.Oracle.Dimension != d || task.Manifold.AmbientDimension != d)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"the task's dimension {d}, start ({task.Start.Length}), oracle ({task.Oracle.Dimension}) and manifold ({task.Manifold.AmbientDimension}) differ"));
        }

        int maxBatch = ProtocolLimits.MaxBatch(d);
        using var session = ProtocolSession.Start(_argv, Timeout, ProtocolLimits.MaxLineBytes(d), Transcript);
        var writer = new ProtocolWriter();
        var answers = new ProtocolAnswers(task, SeedStreams.Random(task.Seed, "protocol-sample-grad"));
        try
        {
            var hello = session.Receive(d, maxBatch, cancellationToken);
            if (hello.Type != "hello")
            {
                throw session.Fail($"the first line must be 'hello' (got '{hello.Type}')");
            }

            if (hello.Protocol is not int version || version < 1 || version > ProtocolLimits.Version)
            {
                throw session.Fail(string.Create(CultureInfo.InvariantCulture, $"the solver speaks protocol {hello.Protocol?.ToString(CultureInfo.InvariantCulture) ?? "(none)"}; this harness speaks 1 to {ProtocolLimits.Version}"));
            }

            WriteProblem(writer, task, maxBatch, Timeout);
            session.Send(writer.End(), cancellationToken);
            while (true)
            {
                var request = session.Receive(d, maxBatch, cancellationToken);
                switch (request.Type)
                {
                    case "done":
                        var point = request.X ?? throw session.Fail("'done' needs the point 'x'");
                        session.Close(TimeSpan.FromSeconds(5));
                        return new BenchSolverClaim(point, request.Converged, request.Message);
                    case "batch":
                        writer.Begin("batch");
                        WriteId(writer, request);
                        writer.Json.WritePropertyName("results");
                        writer.Json.WriteStartArray();
                        foreach (var item in request.Requests!)
                        {
                            writer.Json.WriteStartObject();
                            Answer(session, answers, writer, item);
                            writer.Json.WriteEndObject();
                        }

                        writer.Json.WriteEndArray();
                        session.Send(writer.End(), cancellationToken);
                        break;
                    default:
                        writer.Begin(request.Type);
                        Answer(session, answers, writer, request);
                        session.Send(writer.End(), cancellationToken);
                        break;
                }
            }
        }
        catch (BudgetExhaustedException e)
        {
            writer.Begin("budget_exhausted");
            writer.Json.WriteNumber("budget", task.Budget);
            writer.Json.WriteString("message", e.Message);
            session.TrySend(writer.End());
            session.Kill();
            throw;
        }
    }

    private static void WriteId(ProtocolWriter writer, ProtocolRequest request)
    {
        if (request.IdJson is not null)
        {
            writer.Json.WritePropertyName("id");
            writer.Json.WriteRawValue(request.IdJson);
        }
    }

    /// <summary>Writes the fields of the answer to <paramref name="request"/> (its type first when inside a batch).</summary>
    private static void Answer(ProtocolSession session, ProtocolAnswers answers, ProtocolWriter writer, ProtocolRequest request)
    {
        if (!ProtocolAnswers.Known.Contains(request.Type))
        {
            throw session.Fail($"unknown request '{request.Type}' (known: {string.Join(", ", ProtocolAnswers.Known)}, batch, done)");
        }

        if (writer.Json.CurrentDepth > 1)
        {
            writer.Json.WriteString("type", request.Type);
        }

        WriteId(writer, request);
        string? missing = answers.Write(writer, request);
        if (missing is not null)
        {
            throw session.Fail(missing);
        }
    }

    private static void WriteProblem(ProtocolWriter writer, BenchTask task, int maxBatch, TimeSpan timeout)
    {
        var json = writer.Json;
        writer.Begin("problem");
        json.WriteNumber("protocol", ProtocolLimits.Version);
        json.WriteString("name", task.Family);
        json.WriteString("family", task.Family);
        json.WriteNumber("dimension", task.Dimension);
        json.WriteNumber("instance", task.Instance);
        json.WriteString("start_kind", task.StartKind);
        json.WritePropertyName("manifold");
        json.WriteStartObject();
        switch (task.Manifold)
        {
            case Euclidean:
                json.WriteString("kind", "euclidean");
                break;
            case Sphere:
                json.WriteString("kind", "sphere");
                break;
            case ProductOfSpheres p:
                json.WriteString("kind", "product-of-spheres");
                json.WritePropertyName("blocks");
                json.WriteStartArray();
                for (int i = 0; i < p.Count; i++)
                {
                    json.WriteNumberValue(p.BlockDimension);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteString("kind", "other");
                break;
        }

        json.WriteString("name", task.Manifold.Name);
        json.WriteNumber("tangent_dimension", task.Manifold.TangentDimension);
        json.WriteEndObject();
        writer.WriteVector("x0", task.Start);
        json.WriteNumber("budget", task.Budget);
        json.WritePropertyName("oracles");
        json.WriteStartArray();
        foreach (string o in ProtocolAnswers.Known)
        {
            json.WriteStringValue(o);
        }

        json.WriteEndArray();
        json.WriteBoolean("stochastic", task.Oracle.IsStochastic);
        json.WriteBoolean("exact_hessian", task.Oracle.HasExactHessian);
        json.WriteNumber("seed", task.Seed);
        writer.WriteNumber("gradient_tolerance", task.GradientTolerance);
        writer.WriteNumber("timeout_seconds", timeout.TotalSeconds);
        json.WriteNumber("max_batch", maxBatch);
        json.WriteNumber("max_line_bytes", ProtocolLimits.MaxLineBytes(task.Dimension));
    }

    private static bool IsName(string s) =>
        s.Length is >= 1 and <= 64 && char.IsAsciiLetterOrDigit(s[0]) && s.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '_' or '-');

    /// <summary>Starts the command, reads its <c>hello</c>, closes its input (a child that reads no problem exits) and returns the name it gave, or null.</summary>
    private string? AskName()
    {
        try
        {
            using var session = ProtocolSession.Start(_argv, Timeout, ProtocolLimits.MaxLineBytes(1), null);
            var hello = session.Receive(1, 1, CancellationToken.None);
            session.Close(TimeSpan.FromSeconds(5));
            return hello.Type == "hello" && hello.Name is { } n && IsName(n) ? n : null;
        }
        catch (SolverProtocolException)
        {
            return null;
        }
    }
}
