using IncidentIo.Plugin.Actions.UpdateFollowUp;
using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Models;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.ConnectFollowUpIssue;

/// <summary>
/// Links a follow-up to an existing issue in an issue tracker by the issue's URL
/// (<c>POST /v2/follow_ups/{id}/actions/connect_external_issue</c>, scope <c>follow_ups.connect_external_issue</c>).
/// incident.io refuses a follow-up that is already connected (422). Not retried: a repeat would be refused for that reason.
/// </summary>
[WorkflowAction("incidentio.connect_follow_up_issue")]
public sealed class ConnectFollowUpIssueAction : IncidentIoAction
{
    /// <summary>Creates the action with the shared client factory (used by the host).</summary>
    public ConnectFollowUpIssueAction()
        : this(null)
    {
    }

    internal ConnectFollowUpIssueAction(IncidentIoClientFactory? clients)
        : base(clients)
    {
    }

    /// <inheritdoc />
    private protected override async Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (!ActionInput.TryRequiredText(context.Input, FollowUpOutput.FollowUpIdField, "the follow-up's id", out var id, out var inputError)
            || !ActionInput.TryObject(context.Input, out var node, out inputError))
        {
            return ActionResult.Failure(inputError);
        }

        // follow_up_id goes in the path; binding to the payload type leaves it out of the body.
        if (!ActionInput.TryBind<FollowUpsConnectExternalIssuePayloadV2>(node, out var payload, out inputError))
        {
            return ActionResult.Failure(inputError);
        }

        var request = new ApiRequest(IncidentIoOperations.ConnectFollowUpIssue).WithPathParameter("id", id).WithBody(payload).About($"follow-up \"{id}\"");
        return await CallAsync<FollowUpsConnectExternalIssueResultV2>(context, request, body => new FollowUpOutput(body.FollowUp), cancellationToken);
    }
}
