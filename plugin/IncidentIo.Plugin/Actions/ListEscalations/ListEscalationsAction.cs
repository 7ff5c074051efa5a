using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Models;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.ListEscalations;

/// <summary>
/// Lists one page of escalations (<c>GET /v2/escalations</c>, scope <c>escalations.view</c>, page_size 1–50), filtered by
/// <c>escalation_path</c>, <c>status</c>, <c>alert</c>, <c>incident</c>, <c>created_at</c>, <c>updated_at</c> and
/// <c>idempotency_key</c> (operator → values). Pass <c>next_cursor</c> as <c>after</c> for the next page.
/// </summary>
[WorkflowAction("incidentio.list_escalations")]
public sealed class ListEscalationsAction : IncidentIoAction
{
    /// <summary>The spec's maximum page size.</summary>
    public const int MaxPageSize = 50;

    private static readonly string[] Filters = ["escalation_path", "status", "alert", "incident", "created_at", "updated_at", "idempotency_key"];

    /// <summary>Creates the action with the shared client factory (used by the host).</summary>
    public ListEscalationsAction()
        : this(null)
    {
    }

    internal ListEscalationsAction(IncidentIoClientFactory? clients)
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

        var request = new ApiRequest(IncidentIoOperations.ListEscalations);
        var problems = ListFilters.AddPage(request, input, 25, MaxPageSize, Filters);
        if (problems.Count > 0)
        {
            return ActionResult.Failure(ListFilters.Invalid(problems));
        }

        return await CallAsync<EscalationsListResultV2>(
            context, request, body => new ListEscalationsOutput(body.Escalations, body.PaginationMeta?.After), cancellationToken);
    }
}
