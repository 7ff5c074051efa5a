using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Models;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.ListSeverities;

/// <summary>Lists the organisation's severities (<c>GET /v1/severities</c>), lowest rank (least severe) first.</summary>
[WorkflowAction("incidentio.list_severities")]
public sealed class ListSeveritiesAction : IncidentIoAction
{
    /// <summary>Creates the action with the shared client factory (used by the host).</summary>
    public ListSeveritiesAction()
        : this(null)
    {
    }

    internal ListSeveritiesAction(IncidentIoClientFactory? clients)
        : base(clients)
    {
    }

    /// <inheritdoc />
    private protected override Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken) =>
        CallAsync<SeveritiesListResultV1>(
            context,
            new ApiRequest(IncidentIoOperations.ListSeverities),
            body => new ListSeveritiesOutput([.. body.Severities.OrderBy(s => s.Rank)]),
            cancellationToken);
}
