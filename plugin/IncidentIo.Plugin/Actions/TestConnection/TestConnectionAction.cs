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
public sealed class TestConnectionAction : IncidentIoAction
{
    /// <summary>Creates the action with the shared client factory (used by the host).</summary>
    public TestConnectionAction()
        : this(null)
    {
    }

    internal TestConnectionAction(IncidentIoClientFactory? clients)
        : base(clients)
    {
    }

    /// <inheritdoc />
    private protected override Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken) =>
        CallAsync<SeveritiesListResultV1>(
            context,
            new ApiRequest(IncidentIoOperations.ListSeverities),
            body => new TestConnectionOutput(
                Valid: true,
                SeverityCount: body.Severities.Count,
                Message: $"Connected to incident.io: the API key can list severities ({body.Severities.Count} found)."),
            cancellationToken);
}
