using IncidentIo.Plugin.Actions.GetAlert;
using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Models;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.ResolveAlert;

/// <summary>
/// Resolves an alert by id (<c>POST /v2/alerts/{id}/actions/resolve</c>, scope <c>alerts.resolve</c>), attributed to the
/// API key. Resolving a resolved alert returns it unchanged. Sources only their upstream tool may resolve answer 422;
/// for those, and whenever only the deduplication key is known, send a <c>resolved</c> event with send_alert_event.
/// </summary>
[WorkflowAction("incidentio.resolve_alert")]
public sealed class ResolveAlertAction : IncidentIoAction
{
    /// <summary>Creates the action with the shared client factory (used by the host).</summary>
    public ResolveAlertAction()
        : this(null)
    {
    }

    internal ResolveAlertAction(IncidentIoClientFactory? clients)
        : base(clients)
    {
    }

    /// <inheritdoc />
    private protected override async Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (!ActionInput.TryRequiredText(context.Input, AlertOutput.AlertIdField, "the alert's id", out var alertId, out var inputError))
        {
            return ActionResult.Failure(inputError);
        }

        var request = new ApiRequest(IncidentIoOperations.ResolveAlert).WithPathParameter("id", alertId).About($"alert \"{alertId}\"");
        return await CallAsync<AlertsResolveResultV2>(context, request, body => new AlertOutput(body.Alert), cancellationToken);
    }
}
