namespace SaddleEscape.Tests.Protocol;

/// <summary>A theory that runs Python: skipped, with the reason, when no python3 imports the modules it names.</summary>
public sealed class PythonTheoryAttribute : TheoryAttribute
{
    public PythonTheoryAttribute(params string[] modules)
    {
        Skip = PythonInterpreter.Missing(modules);
    }
}
