using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Models;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.ListSchedules;

/// <summary>
/// Lists one page of on-call schedules (<c>GET /v2/schedules</c>, scope <c>schedules.view</c>, page_size 1–10000; incident.io
/// fills <c>next_shifts</c> only up to 25), for the schedule dropdown of get_on_call. Pass <c>next_cursor</c> as <c>after</c>.
/// </summary>
[WorkflowAction("incidentio.list_schedules")]
public sealed class ListSchedulesAction : IncidentIoAction
{
    /// <summary>The spec's maximum page size.</summary>
    public const int MaxPageSize = 10000;

    /// <summary>Creates the action with the shared client factory (used by the host).</summary>
    public ListSchedulesAction()
        : this(null)
    {
    }

    internal ListSchedulesAction(IncidentIoClientFactory? clients)
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

        var request = new ApiRequest(IncidentIoOperations.ListSchedules);
        var problems = ListFilters.AddPage(request, input, 25, MaxPageSize);
        if (problems.Count > 0)
        {
            return ActionResult.Failure(ListFilters.Invalid(problems));
        }

        return await CallAsync<SchedulesListResultV2>(
            context, request, body => new ListSchedulesOutput(body.Schedules, body.PaginationMeta?.After), cancellationToken);
    }
}
