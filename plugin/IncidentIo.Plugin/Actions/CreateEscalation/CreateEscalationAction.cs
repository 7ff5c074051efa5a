using IncidentIo.Plugin.Actions.GetEscalation;
using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Models;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.CreateEscalation;

/// <summary>
/// Pages people (<c>POST /v2/escalations</c>, scope <c>escalations.create</c>, 201) through an escalation path or
/// directly to users, never both. Without an <c>idempotency_key</c> the key is derived from the run and step like
/// create_incident's, so a retried step returns the same escalation. Calls wait for a slot of the operation's 60 per minute.
/// </summary>
[WorkflowAction("incidentio.create_escalation")]
public sealed class CreateEscalationAction : IncidentIoAction
{
    /// <summary>Creates the action with the shared client factory (used by the host).</summary>
    public CreateEscalationAction()
        : this(null)
    {
    }

    internal CreateEscalationAction(IncidentIoClientFactory? clients)
        : base(clients)
    {
    }

    /// <inheritdoc />
    private protected override async Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (!CreateEscalationInput.TryRead(context.Input, context.Run, out var payload, out var inputError))
        {
            return ActionResult.Failure(inputError);
        }

        var request = new ApiRequest(IncidentIoOperations.CreateEscalation).WithBody(payload).WithIdempotencyKey(payload.IdempotencyKey);
        return await CallWriteAsync<EscalationsCreateResultV2>(context, request, body => new EscalationOutput(body.Escalation), WrittenResource.Escalation, cancellationToken);
    }
}
