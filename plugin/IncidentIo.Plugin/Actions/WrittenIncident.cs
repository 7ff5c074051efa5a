using System.Text.Json;
using System.Text.Json.Nodes;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions;

/// <summary>
/// The output of a create or update whose 2xx answer could not be mapped: <c>{"incident": …}</c> exactly as incident.io sent
/// it, provided it names the incident (<c>id</c> and <c>reference</c> are strings), with the mapping's problems as warnings.
/// </summary>
internal static class WrittenIncident
{
    /// <summary>The successful result, or null when the answer does not even name the incident (then the error stands).</summary>
    /// <param name="body">The 2xx body.</param>
    /// <param name="problem">Why it could not be mapped.</param>
    public static ActionResult? From(string body, ActionError problem)
    {
        JsonObject? incident;
        try
        {
            incident = JsonNode.Parse(body) is JsonObject answer ? answer["incident"] as JsonObject : null;
        }
        catch (JsonException)
        {
            return null;
        }

        if (incident?["id"] is not JsonValue id || !id.TryGetValue<string>(out _)
            || incident["reference"] is not JsonValue reference || !reference.TryGetValue<string>(out _))
        {
            return null;
        }

        var summary = new ActionErrorDetail(
            "/incident", $"incident.io made the change (HTTP {problem.HttpStatus}) but its answer could not be fully read; the incident is as incident.io sent it: {problem.Message}", "partial_response");
        var output = JsonSerializer.SerializeToElement(new JsonObject { ["incident"] = incident.DeepClone() });
        return ActionResult.Success(output, [summary, .. problem.Details]);
    }
}
