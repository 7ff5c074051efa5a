using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Models;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.ListEscalationPaths;

/// <summary>
/// Lists one page of escalation paths (<c>GET /v2/escalation_paths</c>, scope <c>escalation_paths.view</c>, page_size 1–25),
/// for the path dropdown of create_escalation. Pass <c>next_cursor</c> as <c>after</c> for the next page.
/// </summary>
[WorkflowAction("incidentio.list_escalation_paths")]
public sealed class ListEscalationPathsAction : IncidentIoAction
{
    /// <summary>The spec's maximum page size.</summary>
    public const int MaxPageSize = 25;

    /// <summary>Creates the action with the shared client factory (used by the host).</summary>
    public ListEscalationPathsAction()
        : this(null)
    {
    }

    internal ListEscalationPathsAction(IncidentIoClientFactory? clients)
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

        var request = new ApiRequest(IncidentIoOperations.ListEscalationPaths);
        var problems = ListFilters.AddPage(request, input, MaxPageSize, MaxPageSize);
        if (problems.Count > 0)
        {
            return ActionResult.Failure(ListFilters.Invalid(problems));
        }

        return await CallAsync<EscalationsListPathsResultV2>(
            context, request, body => new ListEscalationPathsOutput(body.EscalationPaths, body.PaginationMeta?.After), cancellationToken);
    }
}
