using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Workflow.Abstractions;
using Workflow.Hosting.Connections;
using Workflow.Hosting.Logging;
using Workflow.Hosting.Masking;
using Workflow.Hosting.Plugins;
using Workflow.Hosting.Running;
using Workflow.Hosting.Templating;
using Workflow.Hosting.Validation;

namespace Benchmarks.Harness;

/// <summary>
/// The host as a workflow step uses it: the real plugins/ folder loaded once, then per step
/// render the templated input → coerce to the input schema → ActionRunner (validate input → plugin → validate output).
/// Two runners: one validating every output (<c>--output-validation full</c>, the default), one with its own
/// <c>first</c> policy, which stops validating an action's outputs once one has passed.
/// </summary>
internal sealed class SandboxPipeline : IDisposable
{
    private readonly ILoggerFactory _loggerFactory;
    private readonly ActionRunner _runner;
    private readonly ActionRunner _firstRunner;
    private readonly TemplateRenderer _renderer = new();

    public SandboxPipeline(string baseUrl, string apiKey, string? pluginsDirectory = null)
    {
        var masker = new SecretMasker();
        // The sandbox's own logging set-up at its default level (warnings), as `run` has it.
        _loggerFactory = SandboxLogging.Create(verbose: false);
        Catalog = PluginCatalogLoader.Load(pluginsDirectory ?? BenchPaths.Plugins, ManifestMetaSchemas.Load(BenchPaths.Schemas), NullLogger.Instance);
        if (Catalog.Problems.Count > 0)
        {
            throw new InvalidOperationException($"The plugins folder has problems: {string.Join("; ", Catalog.Problems.Select(p => p.Message))}");
        }

        var plugin = Catalog.FindPlugin("incidentio") ?? throw new InvalidOperationException($"No incidentio plugin in {pluginsDirectory ?? BenchPaths.Plugins}.");
        PluginRateLimit.Lift(Catalog);
        var values = new Dictionary<string, string> { ["base_url"] = baseUrl, ["api_key"] = apiKey };
        Connection = ConnectionResolver.Resolve(plugin.Manifest.Connection, values, _ => null, masker);
        _runner = new ActionRunner(_loggerFactory, masker, TimeSpan.FromSeconds(100));
        var first = new OutputValidationPolicy(OutputValidationMode.First, _loggerFactory.CreateLogger<OutputValidationPolicy>());
        _firstRunner = new ActionRunner(_loggerFactory, masker, TimeSpan.FromSeconds(100), first);
    }

    public PluginCatalog Catalog { get; }

    /// <summary>The incident.io connection every step gets (the simulator's base URL and key).</summary>
    public ActionConnection Connection { get; }

    /// <summary>One step: render <paramref name="templatedInput"/> over <paramref name="trigger"/>, coerce, run.</summary>
    public async Task<RunOutcome> RunStepAsync(
        string actionId, JsonNode templatedInput, JsonNode trigger, CancellationToken cancellationToken, OutputValidationMode outputValidation = OutputValidationMode.Full)
    {
        var action = Catalog.FindAction(actionId) ?? throw new InvalidOperationException($"No action {actionId}.");
        var scope = TemplateScope.ForTrigger(trigger, "bench-run", DateTimeOffset.UnixEpoch);
        var rendered = _renderer.Render(actionId, templatedInput, scope, cancellationToken);
        var input = SchemaTypeCoercer.Coerce(rendered, action.Manifest.Input);
        var run = new RunInfo("bench-run", actionId, 1);
        var runner = outputValidation == OutputValidationMode.Full ? _runner : _firstRunner;
        return await runner.RunAsync(action, input, Connection, run, cancellationToken);
    }

    public void Dispose() => _loggerFactory.Dispose();
}
