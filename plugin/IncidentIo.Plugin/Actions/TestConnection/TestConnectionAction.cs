using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Models;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.TestConnection;

/// <summary>
/// Checks the connection by listing severities, as the plugin's own calls would. A bad key fails the
/// action (ActionError: <c>configuration</c>, <c>unauthorized</c>, <c>forbidden</c>…) rather than
/// returning <c>{valid:false}</c>, so a host's test-connection command exits non-zero with the reason.
/// </summary>
[WorkflowAction("incidentio.test_connection")]
public sealed class TestConnectionAction : IWorkflowAction
{
    private readonly IncidentIoClientFactory _clients;

    /// <summary>Creates the action with the shared client factory (used by the host).</summary>
    public TestConnectionAction()
        : this(IncidentIoClientFactory.Default)
    {
    }

    internal TestConnectionAction(IncidentIoClientFactory clients) => _clients = clients;

    /// <inheritdoc />
    public async Task<ActionResult> ExecuteAsync(ActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = await _clients.SendAsync<SeveritiesListResultV1>(
            context.Connection, new ApiRequest(IncidentIoOperations.ListSeverities), cancellationToken);
        return response.ToActionResult(body => new TestConnectionOutput(
            Valid: true,
            SeverityCount: body.Severities.Count,
            Message: $"Connected to incident.io: the API key can list severities ({body.Severities.Count} found)."));
    }
}
