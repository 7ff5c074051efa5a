using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Models;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.ListAlertSources;

/// <summary>
/// Lists the alert sources (<c>GET /v2/alert_sources</c>, scope <c>alert_sources.view</c>), sorted by name, for the
/// source dropdown of send_alert_event. Each source's <c>secret_token</c> is left out of the output: it is the secret
/// that authenticates alert events, and outputs are shown, logged and passed to later steps.
/// </summary>
[WorkflowAction("incidentio.list_alert_sources")]
public sealed class ListAlertSourcesAction : IncidentIoAction
{
    /// <summary>Creates the action with the shared client factory (used by the host).</summary>
    public ListAlertSourcesAction()
        : this(null)
    {
    }

    internal ListAlertSourcesAction(IncidentIoClientFactory? clients)
        : base(clients)
    {
    }

    /// <inheritdoc />
    private protected override Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken) =>
        CallAsync<AlertSourcesListResultV2>(
            context,
            new ApiRequest(IncidentIoOperations.ListAlertSources),
            body => new ListAlertSourcesOutput([.. body.AlertSources.OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).Select(s => s with { SecretToken = null })]),
            cancellationToken);
}
