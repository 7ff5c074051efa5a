namespace Workflow.Hosting.Templating;

/// <summary>Sandbox limits for rendering templated step inputs. Every limit throws when reached.</summary>
internal sealed record TemplateRendererOptions
{
    /// <summary>Cumulative loop iterations per template (nested loops and builtin iteration count together).</summary>
    public int LoopLimit { get; init; } = 1000;

    /// <summary>
    /// Evaluation steps per template string (0: no limit). Bounds work that no other limit sees, such as
    /// exponential fan-out recursion; a legitimate template takes hundreds, a loop at <see cref="LoopLimit"/> a few thousand.
    /// </summary>
    public int StepLimit { get; init; } = 100_000;

    /// <summary>Maximum function call depth.</summary>
    public int RecursiveLimit { get; init; } = 50;

    /// <summary>Maximum length of any string a template builds, in characters.</summary>
    public int StringLimit { get; init; } = 64 * 1024;

    /// <summary>Maximum rendered output of one template string, in characters.</summary>
    public int OutputLimit { get; init; } = 64 * 1024;

    /// <summary>Timeout of each regular expression evaluation.</summary>
    public TimeSpan RegexTimeout { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Wall-clock budget for rendering one step's whole input: a backstop only. The loop, step, recursion, string
    /// and regex limits stop every known hostile shape in well under 150 ms; the budget also covers parsing and the
    /// first render's JIT (about 170 ms on an idle machine, over 1 s on a loaded one), so it must not be tight.
    /// </summary>
    public TimeSpan RenderBudget { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Maximum nesting when Scriban converts objects to text.</summary>
    public int ObjectRecursionLimit { get; init; } = 20;

    /// <summary>Maximum nesting of a typed value (<c>"{{ expr }}"</c>) converted back to JSON.</summary>
    public int MaxValueDepth { get; init; } = 64;

    /// <summary>Maximum number of JSON nodes in a typed value converted back to JSON.</summary>
    public int MaxValueNodes { get; init; } = 100_000;

    /// <summary>How many distinct parsed templates are kept.</summary>
    public int TemplateCacheCapacity { get; init; } = 1024;

    /// <summary>The defaults described on each property.</summary>
    public static TemplateRendererOptions Default { get; } = new();
}
