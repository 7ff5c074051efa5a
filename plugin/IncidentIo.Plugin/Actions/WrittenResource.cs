using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentIo.Plugin.Json;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions;

/// <summary>
/// What a write answers with (<c>{"incident": …}</c>, <c>{"escalation": …}</c>…): the resource's member and the fields that name
/// it. When the 2xx answer cannot be mapped, the output is that member exactly as incident.io sent it, provided the naming
/// fields are strings, with the mapping's problems as warnings: a write that happened is never reported lost.
/// </summary>
/// <param name="Name">The body's member holding the resource, e.g. <c>incident</c>.</param>
/// <param name="Identity">Its fields that name it, e.g. <c>id</c> and <c>reference</c>.</param>
internal sealed record WrittenResource(string Name, params string[] Identity)
{
    /// <summary>An incident: found again by <c>id</c> or <c>reference</c> (IncidentV2).</summary>
    public static WrittenResource Incident { get; } = new("incident", "id", "reference");

    /// <summary>An escalation (EscalationV2).</summary>
    public static WrittenResource Escalation { get; } = new("escalation", "id");

    /// <summary>A follow-up (FollowUpV2).</summary>
    public static WrittenResource FollowUp { get; } = new("follow_up", "id");

    /// <summary>The successful result, or null when the answer does not even name the resource (then the error stands).</summary>
    /// <param name="body">The 2xx body.</param>
    /// <param name="problem">Why it could not be mapped.</param>
    public ActionResult? From(string body, ActionError problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        JsonObject? resource;
        try
        {
            resource = JsonNode.Parse(body, documentOptions: DuplicateMembers.Refused) is JsonObject answer ? answer[Name] as JsonObject : null;
        }
        catch (JsonException)
        {
            return null;
        }

        if (resource is null || !Identity.All(field => resource[field] is JsonValue value && value.TryGetValue<string>(out _)))
        {
            return null;
        }

        var summary = new ActionErrorDetail(
            $"/{Name}",
            $"incident.io made the change (HTTP {problem.HttpStatus}) but its answer could not be fully read; the {Name.Replace('_', '-')} is as incident.io sent it: {problem.Message}",
            "partial_response");
        var output = JsonSerializer.SerializeToElement(new JsonObject { [Name] = resource.DeepClone() });
        return ActionResult.Success(output, [summary, .. problem.Details]);
    }
}
