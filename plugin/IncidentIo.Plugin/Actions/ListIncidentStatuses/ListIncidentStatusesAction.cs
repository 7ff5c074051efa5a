using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Models;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.ListIncidentStatuses;

/// <summary>Lists the organisation's incident statuses (<c>GET /v1/incident_statuses</c>), sorted by rank.</summary>
[WorkflowAction("incidentio.list_incident_statuses")]
public sealed class ListIncidentStatusesAction : IWorkflowAction
{
    private readonly IncidentIoClientFactory _clients;

    /// <summary>Creates the action with the shared client factory (used by the host).</summary>
    public ListIncidentStatusesAction()
        : this(IncidentIoClientFactory.Default)
    {
    }

    internal ListIncidentStatusesAction(IncidentIoClientFactory clients) => _clients = clients;

    /// <inheritdoc />
    public async Task<ActionResult> ExecuteAsync(ActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = await _clients.SendAsync<IncidentStatusesListResultV1>(
            context.Connection, new ApiRequest(IncidentIoOperations.ListIncidentStatuses), cancellationToken);
        return response.ToActionResult(body => new ListIncidentStatusesOutput([.. body.IncidentStatuses.OrderBy(s => s.Rank)]));
    }
}
