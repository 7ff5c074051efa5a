using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Models;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.GetEscalation;

/// <summary>Fetches one escalation (<c>GET /v2/escalations/{id}</c>, scope <c>escalations.view</c>): its status and events (who was notified, who acked).</summary>
[WorkflowAction("incidentio.get_escalation")]
public sealed class GetEscalationAction : IncidentIoAction
{
    /// <summary>Creates the action with the shared client factory (used by the host).</summary>
    public GetEscalationAction()
        : this(null)
    {
    }

    internal GetEscalationAction(IncidentIoClientFactory? clients)
        : base(clients)
    {
    }

    /// <inheritdoc />
    private protected override async Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (!ActionInput.TryRequiredText(context.Input, EscalationOutput.EscalationIdField, "the escalation's id", out var id, out var inputError))
        {
            return ActionResult.Failure(inputError);
        }

        var request = new ApiRequest(IncidentIoOperations.ShowEscalation).WithPathParameter("id", id).About($"escalation \"{id}\"");
        return await CallAsync<EscalationsShowResultV2>(context, request, body => new EscalationOutput(body.Escalation), cancellationToken);
    }
}
