using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Models;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.ListIncidentUpdates;

/// <summary>
/// Lists one page of incident updates (<c>GET /v2/incident_updates</c>, scope <c>incidents.view</c>, page_size 1–250): the
/// status and severity changes and their messages, of one incident (<c>incident_id</c>) or of all. Pass <c>next_cursor</c> as <c>after</c>.
/// </summary>
[WorkflowAction("incidentio.list_incident_updates")]
public sealed class ListIncidentUpdatesAction : IncidentIoAction
{
    /// <summary>The spec's maximum page size.</summary>
    public const int MaxPageSize = 250;

    /// <summary>Creates the action with the shared client factory (used by the host).</summary>
    public ListIncidentUpdatesAction()
        : this(null)
    {
    }

    internal ListIncidentUpdatesAction(IncidentIoClientFactory? clients)
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

        var request = new ApiRequest(IncidentIoOperations.ListIncidentUpdates);
        var problems = ListFilters.AddPage(request, input, 25, MaxPageSize);
        if (problems.Count > 0)
        {
            return ActionResult.Failure(ListFilters.Invalid(problems));
        }

        if (ActionInput.Text(input["incident_id"])?.Trim() is { Length: > 0 } incidentId)
        {
            request.WithQuery("incident_id", incidentId);
        }

        return await CallAsync<IncidentUpdatesListResultV2>(
            context, request, body => new ListIncidentUpdatesOutput(body.IncidentUpdates, body.PaginationMeta?.After), cancellationToken);
    }
}
