using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Models;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.CreateFollowUp;

/// <summary>
/// Adds a follow-up to an incident (<c>POST /v2/follow_ups</c>, scope <c>follow_ups.create</c>, 201). Not retried: the
/// operation has no idempotency key, so a lost answer could otherwise create a second follow-up.
/// </summary>
[WorkflowAction("incidentio.create_follow_up")]
public sealed class CreateFollowUpAction : IncidentIoAction
{
    /// <summary>Creates the action with the shared client factory (used by the host).</summary>
    public CreateFollowUpAction()
        : this(null)
    {
    }

    internal CreateFollowUpAction(IncidentIoClientFactory? clients)
        : base(clients)
    {
    }

    /// <inheritdoc />
    private protected override async Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (!ActionInput.TryObject(context.Input, out var node, out var inputError)
            || !ActionInput.TryBind<FollowUpsCreatePayloadV2>(node, out var payload, out inputError))
        {
            return ActionResult.Failure(inputError);
        }

        var request = new ApiRequest(IncidentIoOperations.CreateFollowUp).WithBody(payload).About($"incident \"{payload.IncidentId}\"");
        return await CallWriteAsync<FollowUpsCreateResultV2>(context, request, body => new CreateFollowUpOutput(body.FollowUp), WrittenResource.FollowUp, cancellationToken);
    }
}
