using System.Text.Json.Nodes;
using IncidentIo.Simulator.Auth;

namespace IncidentIo.Simulator.State;

/// <summary>One stored incident. Mutated only under <see cref="SimulatorState"/>'s lock.</summary>
internal sealed class IncidentRecord
{
    public required string Id { get; init; }

    public required long Number { get; init; }

    public required string IdempotencyKey { get; init; }

    public required ApiKeyIdentity Creator { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; set; }

    public required string Name { get; set; }

    public string? Summary { get; set; }

    public required string Visibility { get; init; }

    public required string Mode { get; init; }

    public string? SeverityId { get; set; }

    public required string StatusId { get; set; }

    public required string TypeId { get; init; }

    public required string SlackTeamId { get; init; }

    public required string SlackChannelId { get; init; }

    public string? SlackChannelName { get; set; }

    public string? CallUrl { get; set; }

    public string? PostmortemDocumentUrl { get; init; }

    /// <summary>Response-shaped entries (CustomFieldEntryV2 …) keyed by the custom field, role or timestamp id.</summary>
    public Dictionary<string, JsonObject> CustomFieldEntries { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, JsonObject> RoleAssignments { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, JsonObject> TimestampValues { get; } = new(StringComparer.Ordinal);
}
