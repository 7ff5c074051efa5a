using System.Text.Json.Nodes;
using Benchmarks.Harness;
using Workflow.Hosting.Running;

namespace Benchmarks.Scenarios;

/// <summary>
/// The sides of P1 and P2: one get_incident step through the host (output validation full, the default, or first),
/// and the raw GET of the same URL.
/// </summary>
internal sealed class GetIncidentCalls(SimulatorHost simulator, SandboxPipeline pipeline, string incidentId)
{
    public const string ActionId = "incidentio.get_incident";

    private readonly JsonObject _step = new() { ["incident_id"] = "{{ trigger.incident_id }}" };
    private readonly JsonObject _trigger = new() { ["incident_id"] = incidentId };
    private readonly string _path = $"/v2/incidents/{incidentId}";

    public Task PipelineAsync(CancellationToken cancellationToken) => StepAsync(OutputValidationMode.Full, cancellationToken);

    /// <summary>The host with <c>--output-validation first</c>: after the warm-up, get_incident's outputs are no longer validated.</summary>
    public Task PipelineFirstAsync(CancellationToken cancellationToken) => StepAsync(OutputValidationMode.First, cancellationToken);

    private async Task StepAsync(OutputValidationMode outputValidation, CancellationToken cancellationToken)
    {
        var outcome = await pipeline.RunStepAsync(ActionId, _step, _trigger, cancellationToken, outputValidation);
        if (outcome.Status != RunStatus.Succeeded)
        {
            throw new InvalidOperationException($"get_incident failed: {outcome.Error?.Code} {outcome.Error?.Message}");
        }
    }

    /// <summary>The floor: GET, check the status, read the body.</summary>
    public async Task RawAsync(CancellationToken cancellationToken)
    {
        using var response = await simulator.Raw.GetAsync(_path, cancellationToken);
        response.EnsureSuccessStatusCode();
        _ = await response.Content.ReadAsStringAsync(cancellationToken);
    }

    public async Task WarmUpAsync(int calls, CancellationToken cancellationToken)
    {
        for (var i = 0; i < calls; i++)
        {
            await PipelineAsync(cancellationToken);
            await PipelineFirstAsync(cancellationToken);
            await RawAsync(cancellationToken);
        }
    }
}
