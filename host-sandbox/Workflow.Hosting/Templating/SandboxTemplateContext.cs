using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Workflow.Hosting.Templating;

/// <summary>
/// A <see cref="TemplateContext"/> that counts evaluation steps. Scriban limits loop iterations and call
/// depth but not the number of calls, so exponential fan-out recursion (<c>g(n-1) + g(n-1)</c>) stays under
/// both and only a wall clock stopped it. Every node evaluation goes through <see cref="Evaluate"/>, which is
/// virtual, so counting there bounds any template's work, whatever its shape.
/// </summary>
internal sealed class SandboxTemplateContext(ScriptObject builtins, int stepLimit) : TemplateContext(builtins)
{
    private int _steps;

    /// <summary>Evaluation steps taken so far by this context.</summary>
    public int Steps => _steps;

    /// <inheritdoc />
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if (stepLimit > 0 && ++_steps > stepLimit)
        {
            throw new ScriptRuntimeException(scriptNode?.Span ?? default,
                $"The template exceeded the step limit `{stepLimit}` (evaluations of expressions and statements).");
        }

        return base.Evaluate(scriptNode, aliasReturnedFunction);
    }

    /// <summary>Scriban's reset (back to the builtins alone, output cleared), and the step count back to zero, so the
    /// limit applies to each evaluation of a reused context (<see cref="SandboxContextPool"/>).</summary>
    public override void Reset()
    {
        base.Reset();
        _steps = 0;
    }
}
