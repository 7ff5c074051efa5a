using System.Text.Json.Nodes;
using Workflow.Hosting.Plugins;

namespace Workflow.Hosting.Describing;

/// <summary>What <c>describe</c> and the builder preview show of a trigger: events, fields of <c>trigger</c>, setup, examples.</summary>
internal static class TriggerDescription
{
    /// <summary>
    /// <c>{id, version, title, description, category, kind, events: [{type, visibility, completedBy}], poll, fields, setup, examples}</c>;
    /// <c>fields</c> are the top-level properties of the output schema in the shape <see cref="SchemaFields"/> gives.
    /// </summary>
    public static JsonObject Build(TriggerDefinition trigger)
    {
        var m = trigger.Manifest;
        return new JsonObject
        {
            ["id"] = m.Id,
            ["version"] = m.Version,
            ["title"] = m.Title,
            ["description"] = m.Description,
            ["category"] = m.Category,
            ["kind"] = m.Kind,
            ["events"] = new JsonArray([.. m.Events.Select(e => new JsonObject
            {
                ["type"] = e.Type,
                ["visibility"] = e.Visibility,
                ["completed_by"] = e.Completion?.Action,
            })]),
            ["poll"] = m.Poll is { } poll ? new JsonObject { ["action"] = poll.Action, ["max_per_poll"] = poll.MaxPerPoll } : null,
            ["fields"] = SchemaFields.Outputs(m.Output),
            ["setup"] = m.Setup,
            ["examples"] = new JsonArray([.. m.Examples.Select(x => new JsonObject
            {
                ["title"] = x.Title,
                ["delivery"] = x.Delivery?.DeepClone(),
                ["trigger"] = x.Trigger.DeepClone(),
            })]),
        };
    }
}
