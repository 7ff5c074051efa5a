using System.Text.Json;
using System.Text.Json.Nodes;
using Workflow.Hosting.Templating;

namespace Workflow.Hosting.Workflows;

/// <summary>
/// Evaluates an <c>if</c> (of a trigger or a step): a Scriban expression, bare (<c>trigger.incident.severity.name == "Critical"</c>)
/// or in braces (<c>{{ … }}</c>), rendered in the sandbox like any template; it must yield a boolean.
/// </summary>
internal static class WorkflowCondition
{
    /// <summary>True or false; throws when the expression fails or is not a boolean.</summary>
    /// <param name="renderer">The sandboxed renderer.</param>
    /// <param name="where">Names the condition in errors (e.g. <c>trigger</c> or the step id).</param>
    /// <param name="expression">The expression.</param>
    /// <param name="scope">What it can see.</param>
    /// <param name="cancellationToken">Stops rendering.</param>
    /// <exception cref="TemplateRenderException">It failed, or its value is not a boolean (pointer <c>/if</c>).</exception>
    public static bool Evaluate(TemplateRenderer renderer, string where, string expression, TemplateScope scope, CancellationToken cancellationToken)
    {
        var template = expression.Contains("{{", StringComparison.Ordinal) ? expression : $"{{{{ {expression} }}}}";
        var value = renderer.Render(where, new JsonObject { ["if"] = template }, scope, cancellationToken)?["if"];
        return value?.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new TemplateRenderException(where, "/if", null, null,
                $"'if' must be a boolean expression; '{expression}' gave {(value is null ? "null" : value.ToJsonString())}."),
        };
    }
}
