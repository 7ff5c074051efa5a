using System.Text.Json.Nodes;

namespace Workflow.Hosting.Manifests;

/// <summary>How a polling trigger finds new events: a read action over items changed since a watermark.</summary>
/// <param name="Action">A read-only list action of the same plugin.</param>
/// <param name="Input">Its input; strings may be templates over <c>since</c> (the stored watermark, RFC 3339).</param>
/// <param name="Items">JSON Pointer to the array of items in the action's output.</param>
/// <param name="Id">JSON Pointer, within one item, to its id.</param>
/// <param name="UpdatedAt">JSON Pointer, within one item, to when it last changed (RFC 3339).</param>
/// <param name="Since">The watermark of the first poll when none is stored.</param>
/// <param name="MaxPerPoll">At most this many items start runs per poll.</param>
/// <param name="EventType">The <c>event_type</c> runs see; null for the trigger id.</param>
/// <param name="Fields">Each <c>trigger</c> field and the JSON Pointer to its value within one item.</param>
internal sealed record TriggerPoll(
    string Action,
    JsonObject Input,
    string Items,
    string Id,
    string UpdatedAt,
    DateTimeOffset Since,
    int MaxPerPoll,
    string? EventType,
    IReadOnlyDictionary<string, string> Fields);
