using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Models;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.ListAlerts;

/// <summary>
/// Lists one page of alerts (<c>GET /v2/alerts</c>, scope <c>alerts.view</c>), newest first, filtered by
/// <c>status</c>, <c>deduplication_key</c> and <c>alert_source</c>. Pass <c>next_cursor</c> as <c>after</c> for the next page.
/// </summary>
[WorkflowAction("incidentio.list_alerts")]
public sealed class ListAlertsAction : IncidentIoAction
{
    /// <summary>The spec's maximum page size.</summary>
    public const int MaxPageSize = 50;

    /// <summary>Creates the action with the shared client factory (used by the host).</summary>
    public ListAlertsAction()
        : this(null)
    {
    }

    internal ListAlertsAction(IncidentIoClientFactory? clients)
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

        var request = new ApiRequest(IncidentIoOperations.ListAlerts);
        var problems = ListFilters.AddPage(request, input, 25, MaxPageSize, "status", "deduplication_key", "alert_source");
        if (problems.Count > 0)
        {
            return ActionResult.Failure(ListFilters.Invalid(problems));
        }

        return await CallAsync<AlertsListResultV2>(context, request, body => new ListAlertsOutput(body.Alerts, body.PaginationMeta?.After), cancellationToken);
    }
}
