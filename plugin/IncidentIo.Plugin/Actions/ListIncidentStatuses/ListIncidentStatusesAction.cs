using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Models;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.ListIncidentStatuses;

/// <summary>Lists the organisation's incident statuses (<c>GET /v1/incident_statuses</c>), sorted by rank.</summary>
[WorkflowAction("incidentio.list_incident_statuses")]
public sealed class ListIncidentStatusesAction : IncidentIoAction
{
    /// <summary>Creates the action with the shared client factory (used by the host).</summary>
    public ListIncidentStatusesAction()
        : this(null)
    {
    }

    internal ListIncidentStatusesAction(IncidentIoClientFactory? clients)
        : base(clients)
    {
    }

    /// <inheritdoc />
    private protected override Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken) =>
        CallAsync<IncidentStatusesListResultV1>(
            context,
            new ApiRequest(IncidentIoOperations.ListIncidentStatuses),
            body => new ListIncidentStatusesOutput([.. body.IncidentStatuses.OrderBy(s => s.Rank)]),
            cancellationToken);
}
