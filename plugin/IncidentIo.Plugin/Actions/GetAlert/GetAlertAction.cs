using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Models;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.GetAlert;

/// <summary>Fetches one alert (<c>GET /v2/alerts/{id}</c>, scope <c>alerts.view</c>).</summary>
[WorkflowAction("incidentio.get_alert")]
public sealed class GetAlertAction : IncidentIoAction
{
    /// <summary>Creates the action with the shared client factory (used by the host).</summary>
    public GetAlertAction()
        : this(null)
    {
    }

    internal GetAlertAction(IncidentIoClientFactory? clients)
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

        var request = new ApiRequest(IncidentIoOperations.ShowAlert).WithPathParameter("id", alertId).About($"alert \"{alertId}\"");
        return await CallAsync<AlertsShowResultV2>(context, request, body => new AlertOutput(body.Alert), cancellationToken);
    }
}
