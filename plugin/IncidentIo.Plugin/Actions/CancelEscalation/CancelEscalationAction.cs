using System.Text.Json;
using IncidentIo.Plugin.Actions.GetEscalation;
using IncidentIo.Plugin.Client;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.CancelEscalation;

/// <summary>
/// Cancels an escalation (<c>POST /v2/escalations/{id}/actions/cancel</c>, scope <c>escalations.cancel</c>): no more
/// notifications, level changes or repeats. The spec declares no response body, so the output only confirms it.
/// Cancelling twice is a no-op; resolved or expired escalations cannot be cancelled (incident.io answers 4xx).
/// </summary>
[WorkflowAction("incidentio.cancel_escalation")]
public sealed class CancelEscalationAction : IncidentIoAction
{
    /// <summary>Creates the action with the shared client factory (used by the host).</summary>
    public CancelEscalationAction()
        : this(null)
    {
    }

    internal CancelEscalationAction(IncidentIoClientFactory? clients)
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

        var request = new ApiRequest(IncidentIoOperations.CancelEscalation).WithPathParameter("id", id).About($"escalation \"{id}\"");
        return await CallAsync<JsonElement>(context, request, _ => new CancelEscalationOutput(id, Cancelled: true), cancellationToken);
    }
}
