using System.Text.Json;

namespace IncidentIo.Plugin.Models;

/// <summary>One update of an incident: a status or severity change and its message. Spec schema <c>IncidentUpdateV2</c>.</summary>
internal sealed record IncidentUpdateV2
{
    /// <summary>When the update was made.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Unique identifier of the update.</summary>
    public required string Id { get; init; }

    /// <summary>The incident the update belongs to.</summary>
    public required string IncidentId { get; init; }

    /// <summary>The incident this one was merged into, when the update merged it.</summary>
    public string? MergedIntoIncidentId { get; init; }

    /// <summary>The message posted with the update.</summary>
    public string? Message { get; init; }

    /// <summary>The status after the update.</summary>
    public required IncidentStatusV2 NewIncidentStatus { get; init; }

    /// <summary>The severity after the update, when there is one.</summary>
    public SeverityV2? NewSeverity { get; init; }

    /// <summary>Who made the update (<c>ActorV2</c>).</summary>
    public JsonElement? Updater { get; init; }
}
