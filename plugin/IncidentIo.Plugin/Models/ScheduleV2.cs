using System.Text.Json;
using System.Text.Json.Serialization;
using IncidentIo.Plugin.Json;

namespace IncidentIo.Plugin.Models;

/// <summary>An on-call schedule. Spec schema <c>ScheduleV2</c>; its rotation config is kept as incident.io sent it.</summary>
internal sealed record ScheduleV2
{
    /// <summary>Metadata about the schedule (e.g. <c>incident.io/terraform/version</c>).</summary>
    [JsonConverter(typeof(StringMapConverter))]
    public IReadOnlyDictionary<string, string>? Annotations { get; init; }

    /// <summary>The rotations (<c>ScheduleConfigV2</c>).</summary>
    public JsonElement? Config { get; init; }

    /// <summary>When the schedule was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Shifts ongoing now.</summary>
    public IReadOnlyList<ScheduleEntryV2>? CurrentShifts { get; init; }

    /// <summary>Public holidays shown on the schedule (<c>ScheduleHolidaysPublicConfigV2</c>).</summary>
    public JsonElement? HolidaysPublicConfig { get; init; }

    /// <summary>Unique internal ID of the schedule.</summary>
    public required string Id { get; init; }

    /// <summary>Human readable name.</summary>
    public required string Name { get; init; }

    /// <summary>The shifts after the next changeover; always empty on list pages larger than 25.</summary>
    public IReadOnlyList<ScheduleEntryV2>? NextShifts { get; init; }

    /// <summary>A permanent link to the schedule in the dashboard.</summary>
    public string? Permalink { get; init; }

    /// <summary>IDs of the teams that own the schedule.</summary>
    public IReadOnlyList<string>? TeamIds { get; init; }

    /// <summary>The schedule's time zone, e.g. <c>Europe/London</c>.</summary>
    public string? Timezone { get; init; }

    /// <summary>When the schedule was last updated.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}
