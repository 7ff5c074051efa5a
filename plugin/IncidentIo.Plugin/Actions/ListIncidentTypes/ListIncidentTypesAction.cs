using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Models;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.ListIncidentTypes;

/// <summary>Lists the organisation's incident types (<c>GET /v1/incident_types</c>) in incident.io's order.</summary>
[WorkflowAction("incidentio.list_incident_types")]
public sealed class ListIncidentTypesAction : IWorkflowAction
{
    private readonly IncidentIoClientFactory _clients;

    /// <summary>Creates the action with the shared client factory (used by the host).</summary>
    public ListIncidentTypesAction()
        : this(IncidentIoClientFactory.Default)
    {
    }

    internal ListIncidentTypesAction(IncidentIoClientFactory clients) => _clients = clients;

    /// <inheritdoc />
    public async Task<ActionResult> ExecuteAsync(ActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = await _clients.SendAsync<IncidentTypesListResultV1>(
            context.Connection, new ApiRequest(IncidentIoOperations.ListIncidentTypes), cancellationToken);
        return response.ToActionResult(body => new ListIncidentTypesOutput(body.IncidentTypes));
    }
}
