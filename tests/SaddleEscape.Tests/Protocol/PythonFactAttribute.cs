namespace SaddleEscape.Tests.Protocol;

/// <summary>A test that runs Python: skipped, with the reason, when no python3 imports the modules it names.</summary>
public sealed class PythonFactAttribute : FactAttribute
{
    public PythonFactAttribute(params string[] modules)
    {
        Skip = PythonInterpreter.Missing(modules);
    }
}
