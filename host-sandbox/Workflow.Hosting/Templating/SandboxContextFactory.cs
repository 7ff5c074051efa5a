using Scriban;
using Scriban.Runtime;

namespace Workflow.Hosting.Templating;

/// <summary>
/// Creates sandboxed <see cref="TemplateContext"/>s that share ONE read-only builtins object: building the
/// builtins is most of a context's cost, and read-only stops <c>string.x = 1</c> leaking into later renders.
/// </summary>
internal static class SandboxContextFactory
{
    private static readonly Lazy<ScriptObject> SharedBuiltins = new(CreateBuiltins);

    /// <summary>The shared builtins (read-only, without <c>object.eval</c> / <c>object.eval_template</c>).</summary>
    public static ScriptObject Builtins => SharedBuiltins.Value;

    /// <summary>A context with every limit set to throw and only the builtins: <see cref="Enter"/> gives it a model.</summary>
    public static SandboxTemplateContext CreateEmpty(TemplateRendererOptions options) =>
        new(Builtins, options.StepLimit)
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            EnableRelaxedIndexerAccess = false,
            EnableRelaxedFunctionAccess = false,
            EnableRelaxedTargetAccess = false,
            LoopLimit = options.LoopLimit,
            LoopLimitQueryable = options.LoopLimit,
            RecursiveLimit = options.RecursiveLimit,
            LimitToString = options.StringLimit,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OutputLimit = options.OutputLimit,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            RegexTimeOut = options.RegexTimeout,
            ObjectRecursionLimit = options.ObjectRecursionLimit,
            TemplateLoader = null,
            // Only ScriptObject/ScriptArray are exposed; never reflect over .NET members.
            MemberFilter = _ => false,
        };

    /// <summary>Makes <paramref name="model"/> what <paramref name="context"/> (holding only the builtins) sees, under <paramref name="budget"/>.</summary>
    public static void Enter(TemplateContext context, ScriptObject model, CancellationToken budget)
    {
        context.CancellationToken = budget;
        context.PushGlobal(model);
        // Writable scratch scope on top, so `x = 1` works without touching the read-only model.
        context.PushGlobal(new ScriptObject());
    }

    /// <summary>A new read-only builtins object without the two eval functions (<see cref="Builtins"/> is the one shared).</summary>
    internal static ScriptObject CreateBuiltins()
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        if (builtins["object"] is ScriptObject objectFunctions)
        {
            // They would evaluate arbitrary strings as templates.
            objectFunctions.Remove("eval");
            objectFunctions.Remove("eval_template");
        }

        MakeReadOnly(builtins);
        return builtins;
    }

    private static void MakeReadOnly(ScriptObject obj)
    {
        foreach (var (_, value) in obj)
        {
            if (value is ScriptObject child && !child.IsReadOnly)
                MakeReadOnly(child);
        }

        obj.IsReadOnly = true;
    }
}
