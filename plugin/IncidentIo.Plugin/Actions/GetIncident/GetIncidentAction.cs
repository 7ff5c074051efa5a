using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Models;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.GetIncident;

/// <summary>
/// Fetches one incident (<c>GET /v2/incidents/{id}</c>). <c>incident_id</c> is the full id, the
/// number of the reference (<c>123</c>) or the reference itself (<c>INC-123</c>, prefix stripped).
/// </summary>
[WorkflowAction("incidentio.get_incident")]
public sealed class GetIncidentAction : IncidentIoAction
{
    /// <summary>Creates the action with the shared client factory (used by the host).</summary>
    public GetIncidentAction()
        : this(null)
    {
    }

    internal GetIncidentAction(IncidentIoClientFactory? clients)
        : base(clients)
    {
    }

    /// <inheritdoc />
    private protected override async Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (!GetIncidentInput.TryRead(context.Input, out var input, out var inputError))
        {
            return ActionResult.Failure(inputError);
        }

        var request = new ApiRequest(IncidentIoOperations.ShowIncident)
            .WithPathParameter("id", IncidentReference.ToPathId(input.IncidentId))
            .About($"incident \"{input.IncidentId.Trim()}\"");
        return await CallAsync<IncidentsShowResultV2>(context, request, body => new GetIncidentOutput(body.Incident), cancellationToken);
    }
}
