using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Models;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.ListSeverities;

/// <summary>Lists the organisation's severities (<c>GET /v1/severities</c>), lowest rank (least severe) first.</summary>
[WorkflowAction("incidentio.list_severities")]
public sealed class ListSeveritiesAction : IWorkflowAction
{
    private readonly IncidentIoClientFactory _clients;

    /// <summary>Creates the action with the shared client factory (used by the host).</summary>
    public ListSeveritiesAction()
        : this(IncidentIoClientFactory.Default)
    {
    }

    internal ListSeveritiesAction(IncidentIoClientFactory clients) => _clients = clients;

    /// <inheritdoc />
    public async Task<ActionResult> ExecuteAsync(ActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = await _clients.SendAsync<SeveritiesListResultV1>(
            context.Connection, new ApiRequest(IncidentIoOperations.ListSeverities), cancellationToken);
        return response.ToActionResult(body => new ListSeveritiesOutput([.. body.Severities.OrderBy(s => s.Rank)]));
    }
}
