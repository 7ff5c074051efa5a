using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using IncidentIo.Plugin.Actions.GetIncident;
using IncidentIo.Plugin.Json;
using IncidentIo.Plugin.Models;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.UpdateIncident;

/// <summary>
/// Input of incidentio.update_incident: <c>incident_id</c> (as get_incident takes it), <c>notify_incident_channel</c>
/// (default false) and the fields of <c>IncidentEditPayloadV2</c> to change, under the same names. Only the fields
/// given are sent; at least one is required.
/// </summary>
internal sealed record UpdateIncidentInput(string IncidentId, IncidentsEditPayloadV2 Body)
{
    public const string NotifyField = "notify_incident_channel";

    /// <summary>The snake_case names of the fields an edit can change (the properties of <c>IncidentEditPayloadV2</c>).</summary>
    public static IReadOnlyList<string> ChangeableFields { get; } =
        [.. IncidentIoJson.Options.GetTypeInfo(typeof(IncidentEditPayloadV2)).Properties.Select(p => p.Name)];

    public static bool TryRead(
        JsonElement input,
        [NotNullWhen(true)] out UpdateIncidentInput? result,
        [NotNullWhen(false)] out ActionError? error)
    {
        result = null;
        if (!GetIncidentInput.TryRead(input, out var target, out error) || !ActionInput.TryObject(input, out var node, out error))
        {
            return false;
        }

        var notify = node[NotifyField]?.GetValueKind() == JsonValueKind.True;
        foreach (var name in node.Select(p => p.Key).Where(k => !ChangeableFields.Contains(k)).ToList())
        {
            node.Remove(name);
        }

        if (node.Count == 0)
        {
            error = ActionInput.Invalid(
                $"Nothing to change: give at least one of {string.Join(", ", ChangeableFields)}",
                new ActionErrorDetail("", $"at least one of {string.Join(", ", ChangeableFields)} is required", "nothing_to_change"));
            return false;
        }

        if (!ActionInput.TryBind<IncidentEditPayloadV2>(node, out var incident, out error))
        {
            return false;
        }

        result = new UpdateIncidentInput(target.IncidentId, new IncidentsEditPayloadV2 { Incident = incident, NotifyIncidentChannel = notify });
        return true;
    }
}
