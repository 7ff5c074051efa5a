using System.Text.Json.Nodes;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Workflow.Hosting.Templating;

/// <summary>
/// Renders a step's templated input: every string value (keys are not templated) may contain
/// <c>{{ … }}</c>. A string that is exactly one expression keeps the expression's JSON type; mixed text
/// renders to a string. Thread-safe; one instance can serve every step.
/// </summary>
internal sealed class TemplateRenderer
{
    private readonly TemplateRendererOptions _options;
    private readonly Func<string, string?> _environment;
    private readonly TemplateCache _cache;
    private readonly SandboxContextPool _contexts;

    /// <param name="options">Sandbox limits; <see cref="TemplateRendererOptions.Default"/> when null.</param>
    /// <param name="environment">Reads an allowed environment variable; the process environment when null.</param>
    public TemplateRenderer(TemplateRendererOptions? options = null, Func<string, string?>? environment = null)
    {
        _options = options ?? TemplateRendererOptions.Default;
        _environment = environment ?? Environment.GetEnvironmentVariable;
        _cache = new TemplateCache(_options.TemplateCacheCapacity);
        _contexts = new SandboxContextPool(_options);
    }

    /// <summary>Parsed templates currently cached.</summary>
    public int CachedTemplateCount => _cache.Count;

    /// <summary>Sandboxed contexts waiting for reuse (each render rents one; one whose evaluation threw is dropped).</summary>
    public int IdleContextCount => _contexts.IdleCount;

    /// <summary>The rendered copy of <paramref name="input"/>; the input itself is not changed.</summary>
    /// <exception cref="TemplateRenderException">A template failed: names the step, field and position.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public JsonNode? Render(string stepId, JsonNode? input, TemplateScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stepId);
        ArgumentNullException.ThrowIfNull(scope);
        var model = ScriptModelBuilder.Build(scope, _environment);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(_options.RenderBudget);
        return JsonStringWalker.Map(input, (pointer, text) =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return RenderString(new RenderTarget(stepId, pointer, text), model, budget.Token, cancellationToken);
        });
    }

    private JsonNode? RenderString(RenderTarget target, ScriptObject model, CancellationToken budget, CancellationToken caller)
    {
        if (!target.Text.Contains("{{", StringComparison.Ordinal))
            return JsonValue.Create(target.Text);

        var parsed = _cache.GetOrParse(target.Text);
        if (parsed.FirstError is { } error)
            throw target.Fail(error.Span, error.Message);

        var context = _contexts.Rent(model, budget);
        try
        {
            var value = parsed.SingleExpression is { } expression
                ? new ScriptValueConverter(context, _options.MaxValueDepth, _options.MaxValueNodes).ToJson(context.Evaluate(expression))
                : JsonValue.Create(parsed.Template.Render(context));

            // Only a context whose evaluation completed is reused; one that threw is dropped (see SandboxContextPool).
            _contexts.Return(context);
            return value;
        }
        catch (Exception ex) when (caller.IsCancellationRequested)
        {
            throw new OperationCanceledException("Rendering was cancelled.", ex, caller);
        }
        catch (Exception ex) when (ex is ScriptAbortException or OperationCanceledException)
        {
            var span = (ex as ScriptRuntimeException)?.Span;
            throw target.Fail(span, $"The template exceeded its time budget of {_options.RenderBudget.TotalMilliseconds:0} ms.", ex);
        }
        catch (ScriptRuntimeException ex)
        {
            throw target.Fail(ex.Span, ex.OriginalMessage, ex);
        }
        catch (Exception ex)
        {
            // Value conversion limits, or anything Scriban lets escape: still name the step and field.
            throw target.Fail(parsed.SingleExpression?.Span, ex.Message, ex);
        }
    }

    private readonly record struct RenderTarget(string StepId, string Pointer, string Text)
    {
        public TemplateRenderException Fail(SourceSpan? span, string reason, Exception? inner = null) =>
            span is { } at
                ? new(StepId, Pointer, at.Start.Line + 1, at.Start.Column + 1, reason, inner)
                : new(StepId, Pointer, null, null, reason, inner);
    }
}
