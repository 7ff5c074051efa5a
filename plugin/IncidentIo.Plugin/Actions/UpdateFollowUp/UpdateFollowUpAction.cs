using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Models;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.UpdateFollowUp;

/// <summary>
/// Changes a follow-up (<c>PUT /v2/follow_ups/{id}</c>, scope <c>follow_ups.update</c>). A PUT requires title and status and
/// the spec does not say what it does with fields left out, so the action first reads the follow-up
/// (<c>GET /v2/follow_ups/{id}</c>, scope <c>actions.view</c>) and sends its whole state with the given fields changed
/// (<see cref="UpdateFollowUpInput"/>). Safe to retry: the same whole state sent twice leaves the same follow-up.
/// </summary>
[WorkflowAction("incidentio.update_follow_up")]
public sealed class UpdateFollowUpAction : IncidentIoAction
{
    /// <summary>Creates the action with the shared client factory (used by the host).</summary>
    public UpdateFollowUpAction()
        : this(null)
    {
    }

    internal UpdateFollowUpAction(IncidentIoClientFactory? clients)
        : base(clients)
    {
    }

    /// <inheritdoc />
    private protected override async Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (!UpdateFollowUpInput.TryRead(context.Input, out var input, out var inputError))
        {
            return ActionResult.Failure(inputError);
        }

        var subject = $"follow-up \"{input.FollowUpId}\"";
        var current = await ClientsFor(context).SendAsync<FollowUpsShowResultV2>(
            context.Connection, new ApiRequest(IncidentIoOperations.ShowFollowUp).WithPathParameter("id", input.FollowUpId).About(subject), cancellationToken);
        if (!current.IsSuccess)
        {
            return ActionResult.Failure(current.Error);
        }

        var request = new ApiRequest(IncidentIoOperations.UpdateFollowUp)
            .WithPathParameter("id", input.FollowUpId)
            .WithBody(input.Payload(current.Value.FollowUp))
            .About(subject);
        // The PUT happened once incident.io answers 2xx: an answer missing a field is a warning, never a lost update.
        return await CallWriteAsync<FollowUpsUpdateResultV2>(context, request, body => new FollowUpOutput(body.FollowUp), WrittenResource.FollowUp, cancellationToken);
    }
}
