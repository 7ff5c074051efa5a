using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Models;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.ListIncidentTypes;

/// <summary>Lists the organisation's incident types (<c>GET /v1/incident_types</c>) in incident.io's order.</summary>
[WorkflowAction("incidentio.list_incident_types")]
public sealed class ListIncidentTypesAction : IncidentIoAction
{
    /// <summary>Creates the action with the shared client factory (used by the host).</summary>
    public ListIncidentTypesAction()
        : this(null)
    {
    }

    internal ListIncidentTypesAction(IncidentIoClientFactory? clients)
        : base(clients)
    {
    }

    /// <inheritdoc />
    private protected override Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken) =>
        CallAsync<IncidentTypesListResultV1>(
            context,
            new ApiRequest(IncidentIoOperations.ListIncidentTypes),
            body => new ListIncidentTypesOutput(body.IncidentTypes),
            cancellationToken);
}
