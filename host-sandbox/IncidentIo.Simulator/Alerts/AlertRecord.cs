using System.Text.Json.Nodes;
using IncidentIo.Simulator.Json;

namespace IncidentIo.Simulator.Alerts;

/// <summary>One stored alert; rendered as AlertV2. Mutated only under <see cref="AlertStore"/>'s lock.</summary>
internal sealed class AlertRecord
{
    public required string Id { get; init; }

    public required string AlertSourceId { get; init; }

    public required string DeduplicationKey { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public string? SourceUrl { get; set; }

    public string Status { get; set; } = "firing";

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public JsonObject Render()
    {
        var alert = new JsonObject
        {
            ["id"] = Id,
            ["alert_source_id"] = AlertSourceId,
            ["deduplication_key"] = DeduplicationKey,
            ["status"] = Status,
            ["title"] = Title,
            ["attributes"] = new JsonArray(),
            ["alert_group_ids"] = new JsonArray(),
            ["created_at"] = SimulatorJson.Timestamp(CreatedAt),
            ["updated_at"] = SimulatorJson.Timestamp(UpdatedAt),
        };
        Optional(alert, "description", Description);
        Optional(alert, "source_url", SourceUrl);
        Optional(alert, "resolved_at", ResolvedAt is { } resolved ? SimulatorJson.Timestamp(resolved) : null);
        return alert;
    }

    private static void Optional(JsonObject alert, string name, string? value)
    {
        if (value is not null)
        {
            alert[name] = value;
        }
    }
}
