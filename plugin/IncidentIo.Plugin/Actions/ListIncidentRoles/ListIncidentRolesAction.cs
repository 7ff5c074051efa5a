using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Models;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.ListIncidentRoles;

/// <summary>Lists the incident roles (<c>GET /v2/incident_roles</c>, scope <c>incident_roles.view</c>; no pagination), as the names create_incident and update_incident accept.</summary>
[WorkflowAction("incidentio.list_incident_roles")]
public sealed class ListIncidentRolesAction : IncidentIoAction
{
    /// <summary>Creates the action with the shared client factory (used by the host).</summary>
    public ListIncidentRolesAction()
        : this(null)
    {
    }

    internal ListIncidentRolesAction(IncidentIoClientFactory? clients)
        : base(clients)
    {
    }

    /// <inheritdoc />
    private protected override Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken) =>
        CallAsync<IncidentRolesListResultV2>(context, new ApiRequest(IncidentIoOperations.ListIncidentRoles), body => body, cancellationToken);
}
