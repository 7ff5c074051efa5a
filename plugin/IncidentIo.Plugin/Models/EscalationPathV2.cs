using IncidentIo.Plugin.Json;

namespace IncidentIo.Plugin.Models;

/// <summary>An escalation path. Spec schema <c>EscalationPathV2</c>; nodes and settings are kept as sent.</summary>
internal sealed record EscalationPathV2
{
    /// <summary>Who is on call for the path now (<c>UserV2</c>).</summary>
    public IReadOnlyList<ObjectValue>? CurrentResponders { get; init; }

    /// <summary>Unique identifier of the path.</summary>
    public required string Id { get; init; }

    /// <summary>Name of the path.</summary>
    public required string Name { get; init; }

    /// <summary>The path's nodes (<c>EscalationPathNodeV2</c>).</summary>
    public IReadOnlyList<ObjectValue>? Path { get; init; }

    /// <summary>Repeat settings (<c>EscalationPathRepeatConfigV2</c>).</summary>
    public ObjectValue? RepeatConfig { get; init; }

    /// <summary>Owning teams.</summary>
    public IReadOnlyList<string>? TeamIds { get; init; }

    /// <summary>Working hours (<c>WeekdayIntervalConfigV2</c>).</summary>
    public IReadOnlyList<ObjectValue>? WorkingHours { get; init; }
}
