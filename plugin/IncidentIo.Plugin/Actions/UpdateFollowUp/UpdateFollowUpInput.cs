using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentIo.Plugin.Json;
using IncidentIo.Plugin.Models;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.UpdateFollowUp;

/// <summary>
/// Input of incidentio.update_follow_up: the follow-up and the fields to change, under <c>FollowUpsUpdatePayloadV2</c>'s names.
/// <c>assignee_id</c> and <c>assignee_team_id</c> may be <c>null</c> to unassign (the spec's words; sent as an explicit null).
/// </summary>
internal sealed class UpdateFollowUpInput
{
    /// <summary>The fields a builder may change (the properties of <c>FollowUpsUpdatePayloadV2</c>).</summary>
    public static readonly IReadOnlyList<string> ChangeableFields =
        ["title", "status", "description", "assignee_id", "assignee_team_id", "follow_up_priority_option_id", "follow_up_category_id", "labels"];

    private readonly JsonObject _changes;

    private UpdateFollowUpInput(string followUpId, JsonObject changes)
    {
        FollowUpId = followUpId;
        _changes = changes;
    }

    public string FollowUpId { get; }

    public static bool TryRead(JsonElement input, [NotNullWhen(true)] out UpdateFollowUpInput? value, [NotNullWhen(false)] out ActionError? error)
    {
        value = null;
        if (!ActionInput.TryRequiredText(input, FollowUpOutput.FollowUpIdField, "the follow-up's id", out var id, out error)
            || !ActionInput.TryObject(input, out var node, out error))
        {
            return false;
        }

        var changes = new JsonObject();
        foreach (var field in ChangeableFields.Where(node.ContainsKey))
        {
            changes[field] = node[field]?.DeepClone();
        }

        if (changes.Count == 0)
        {
            error = ActionInput.Invalid(
                $"Nothing to change: give at least one of {string.Join(", ", ChangeableFields)}",
                new ActionErrorDetail("", $"give at least one of: {string.Join(", ", ChangeableFields)}", "required"));
            return false;
        }

        value = new UpdateFollowUpInput(id, changes);
        return true;
    }

    /// <summary>The PUT body: <paramref name="current"/>'s state with the given fields changed. The category cannot be read
    /// back (FollowUpV2 has none), so it is sent only when given.</summary>
    public JsonObject Payload(FollowUpV2 current)
    {
        var payload = new JsonObject
        {
            ["title"] = current.Title,
            ["status"] = current.Status,
            ["labels"] = new JsonArray((current.Labels ?? []).Select(l => (JsonNode?)l).ToArray()),
        };
        Keep(payload, "description", current.Description);
        Keep(payload, "assignee_id", IdOf(current.Assignee));
        Keep(payload, "assignee_team_id", IdOf(current.AssigneeTeam));
        Keep(payload, "follow_up_priority_option_id", IdOf(current.Priority));
        foreach (var (field, change) in _changes)
        {
            payload[field] = change?.DeepClone();
        }

        return payload;
    }

    private static void Keep(JsonObject payload, string field, string? value)
    {
        if (value is not null)
        {
            payload[field] = value;
        }
    }

    private static string? IdOf(ObjectValue? reference) =>
        reference?.Element is { ValueKind: JsonValueKind.Object } found && found.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
}
