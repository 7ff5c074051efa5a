using System.Text.Json.Nodes;

namespace Workflow.Hosting.Templating;

/// <summary>What a step's templates can see: the trigger, earlier steps' outputs, the run and allowed env.</summary>
/// <param name="Trigger">The trigger payload, exposed as <c>trigger</c>.</param>
/// <param name="StepOutputs">Outputs of earlier steps by step id, exposed as <c>steps.&lt;id&gt;.output</c>.</param>
/// <param name="RunId">Exposed as <c>run.id</c>.</param>
/// <param name="StartedAt">Exposed as <c>run.started_at</c> (ISO 8601 text, UTC).</param>
/// <param name="AllowedEnv">
/// Environment variable names exposed as <c>env.&lt;NAME&gt;</c> (null when unset). Empty: no <c>env</c> at all.
/// </param>
internal sealed record TemplateScope(
    JsonNode? Trigger,
    IReadOnlyDictionary<string, JsonNode?> StepOutputs,
    string RunId,
    DateTimeOffset StartedAt,
    IReadOnlyCollection<string> AllowedEnv)
{
    /// <summary>
    /// Errors of earlier steps that failed with <c>continue_on_error</c>, by step id, exposed as
    /// <c>steps.&lt;id&gt;.error</c> (their <c>output</c> is null). Every step in the model has both members.
    /// </summary>
    public IReadOnlyDictionary<string, JsonNode?> StepErrors { get; init; } = new Dictionary<string, JsonNode?>();

    /// <summary>What <c>env.&lt;NAME&gt;</c> reads when the variable is unset or empty, for the names the workflow declared with a default.</summary>
    public IReadOnlyDictionary<string, string> EnvDefaults { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>More top-level variables by name, e.g. <c>since</c> for a polling trigger's input; none by default.</summary>
    public IReadOnlyDictionary<string, JsonNode?> Variables { get; init; } = new Dictionary<string, JsonNode?>();

    /// <summary>A scope with only a trigger payload: no earlier steps and no env.</summary>
    public static TemplateScope ForTrigger(JsonNode? trigger, string runId, DateTimeOffset startedAt) =>
        new(trigger, new Dictionary<string, JsonNode?>(), runId, startedAt, []);
}
