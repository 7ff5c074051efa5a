using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Benchmarks.Harness;
using Microsoft.Extensions.Logging.Abstractions;
using Workflow.Abstractions;
using Workflow.Hosting.Plugins;
using Workflow.Hosting.Running;

namespace Benchmarks.Scenarios;

/// <summary>
/// The sides of P1, P2 and P2h, all on the same loopback simulator: get_incident through the plugin alone
/// (<c>IWorkflowAction.ExecuteAsync</c>, as a production host calls it), through the whole sandbox pipeline (output
/// validation full, the default, or first), and the raw floor: an HttpClient GET of the same URL whose body is
/// deserialised into the plugin's own response model with the plugin's System.Text.Json options.
/// </summary>
internal sealed class GetIncidentCalls
{
    public const string ActionId = "incidentio.get_incident";

    private const string ModelType = "IncidentIo.Plugin.Models.IncidentsShowResultV2";
    private const string JsonOptionsType = "IncidentIo.Plugin.Json.IncidentIoJson";

    private readonly SimulatorHost _simulator;
    private readonly SandboxPipeline _pipeline;
    private readonly JsonObject _step = new() { ["incident_id"] = "{{ trigger.incident_id }}" };
    private readonly JsonObject _trigger;
    private readonly string _path;
    private readonly LoadedAction _action;
    private readonly ActionContext _context;
    private readonly Type _model;
    private readonly JsonSerializerOptions _modelOptions;

    public GetIncidentCalls(SimulatorHost simulator, SandboxPipeline pipeline, string incidentId)
    {
        _simulator = simulator;
        _pipeline = pipeline;
        _trigger = new JsonObject { ["incident_id"] = incidentId };
        _path = $"/v2/incidents/{incidentId}";
        _action = pipeline.Catalog.FindAction(ActionId) ?? throw new InvalidOperationException($"No action {ActionId}.");
        var input = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["incident_id"] = incidentId });
        _context = new ActionContext(input, pipeline.Connection, new RunInfo("bench-run", ActionId, 1), NullLogger.Instance) { Services = UnlimitedRateLimits.Services };

        // The plugin's model and JSON options, from the plugin assembly the catalog loaded (its own load context).
        var plugin = _action.CreateInstance().GetType().Assembly;
        _model = plugin.GetType(ModelType, throwOnError: true)!;
        _modelOptions = (JsonSerializerOptions)plugin.GetType(JsonOptionsType, throwOnError: true)!
            .GetProperty("Options", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
    }

    /// <summary>The plugin alone, as a production host calls it: a validated input in, <c>IWorkflowAction.ExecuteAsync</c>.</summary>
    public async Task PluginAsync(CancellationToken cancellationToken)
    {
        var result = await _action.CreateInstance().ExecuteAsync(_context, cancellationToken);
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"get_incident failed: {result.Error?.Code} {result.Error?.Message}");
        }
    }

    public Task PipelineAsync(CancellationToken cancellationToken) => StepAsync(OutputValidationMode.Full, cancellationToken);

    /// <summary>The host with <c>--output-validation first</c>: after the warm-up, get_incident's outputs are no longer validated.</summary>
    public Task PipelineFirstAsync(CancellationToken cancellationToken) => StepAsync(OutputValidationMode.First, cancellationToken);

    private async Task StepAsync(OutputValidationMode outputValidation, CancellationToken cancellationToken)
    {
        var outcome = await _pipeline.RunStepAsync(ActionId, _step, _trigger, cancellationToken, outputValidation);
        if (outcome.Status != RunStatus.Succeeded)
        {
            throw new InvalidOperationException($"get_incident failed: {outcome.Error?.Code} {outcome.Error?.Message}");
        }
    }

    /// <summary>The floor: GET, check the status, deserialise the body from the response stream into the plugin's model.</summary>
    public async Task RawAsync(CancellationToken cancellationToken)
    {
        using var response = await _simulator.Raw.GetAsync(_path, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        _ = await JsonSerializer.DeserializeAsync(body, _model, _modelOptions, cancellationToken) ?? throw new InvalidOperationException("empty body");
    }

    /// <summary>The plugin's model read from a UTF-8 body with the plugin's JSON options (for floors that bring their own HTTP).</summary>
    public object? ReadModel(Stream body) => JsonSerializer.Deserialize(body, _model, _modelOptions);

    public async Task WarmUpAsync(int calls, CancellationToken cancellationToken)
    {
        for (var i = 0; i < calls; i++)
        {
            await PluginAsync(cancellationToken);
            await PipelineAsync(cancellationToken);
            await PipelineFirstAsync(cancellationToken);
            await RawAsync(cancellationToken);
        }
    }
}
