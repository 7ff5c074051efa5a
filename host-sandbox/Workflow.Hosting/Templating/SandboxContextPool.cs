using System.Collections.Concurrent;
using Scriban.Runtime;

namespace Workflow.Hosting.Templating;

/// <summary>
/// Sandboxed contexts for reuse. Building a <see cref="Scriban.TemplateContext"/> (its stacks, accessor caches and 65
/// argument arrays) cost more than evaluating a short condition such as <c>trigger.if</c>. A context is not thread-safe,
/// so each is rented by one evaluation at a time (renders run concurrently under <c>listen --concurrency N</c>).
/// </summary>
/// <remarks>
/// A context goes back only after an evaluation that completed: Scriban's <see cref="Scriban.TemplateContext.Reset"/>
/// (documented as making a context safe to reuse) then drops the model and the scratch scope (so nothing a template
/// assigned is seen by the next one), the pushed outputs, cultures and accessor caches, and
/// <see cref="SandboxTemplateContext"/> zeroes its step count. A context whose evaluation threw (a limit, the budget, an
/// error) is dropped instead: a throw can leave Scriban's loop, call-depth or local scopes half-open, which its reset does
/// not undo. Every limit is set once per context from the same options, and the budget token on every rental.
/// </remarks>
internal sealed class SandboxContextPool(TemplateRendererOptions options)
{
    /// <summary>Idle contexts kept at most; more concurrent renders than this create (and later drop) their own.</summary>
    public const int Capacity = 64;

    private readonly ConcurrentBag<SandboxTemplateContext> _idle = [];
    private int _idleCount;

    /// <summary>Idle contexts now.</summary>
    public int IdleCount => Volatile.Read(ref _idleCount);

    /// <summary>A context that sees <paramref name="model"/> (and the builtins), stopped by <paramref name="budget"/>.</summary>
    public SandboxTemplateContext Rent(ScriptObject model, CancellationToken budget)
    {
        SandboxTemplateContext? context;
        if (_idle.TryTake(out context))
        {
            Interlocked.Decrement(ref _idleCount);
        }
        else
        {
            context = SandboxContextFactory.CreateEmpty(options);
        }

        SandboxContextFactory.Enter(context, model, budget);
        return context;
    }

    /// <summary>Gives back a context whose evaluation completed (never one that threw), reset for the next one.</summary>
    public void Return(SandboxTemplateContext context)
    {
        context.Reset();
        context.CancellationToken = CancellationToken.None;
        if (Interlocked.Increment(ref _idleCount) <= Capacity)
        {
            _idle.Add(context);
        }
        else
        {
            Interlocked.Decrement(ref _idleCount);
        }
    }
}
