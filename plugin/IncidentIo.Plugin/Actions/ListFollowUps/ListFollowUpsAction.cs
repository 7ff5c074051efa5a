using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Models;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.ListFollowUps;

/// <summary>
/// Lists follow-ups (<c>GET /v2/follow_ups</c>, scope <c>actions.view</c>; no pagination), optionally of one incident
/// (<c>incident_id</c>), one team (<c>assignee_team_id</c>) or incidents of one mode (<c>incident_mode</c>).
/// </summary>
[WorkflowAction("incidentio.list_follow_ups")]
public sealed class ListFollowUpsAction : IncidentIoAction
{
    private static readonly string[] Filters = ["incident_id", "assignee_team_id", "incident_mode"];

    /// <summary>Creates the action with the shared client factory (used by the host).</summary>
    public ListFollowUpsAction()
        : this(null)
    {
    }

    internal ListFollowUpsAction(IncidentIoClientFactory? clients)
        : base(clients)
    {
    }

    /// <inheritdoc />
    private protected override async Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (!ActionInput.TryObject(context.Input, out var input, out var inputError))
        {
            return ActionResult.Failure(inputError);
        }

        var request = new ApiRequest(IncidentIoOperations.ListFollowUps);
        foreach (var name in Filters)
        {
            if (ActionInput.Text(input[name])?.Trim() is { Length: > 0 } value)
            {
                request.WithQuery(name, value);
            }
        }

        return await CallAsync<FollowUpsListResultV2>(context, request, body => new ListFollowUpsOutput(body.FollowUps), cancellationToken);
    }
}
