using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Workflow.Abstractions;
using Workflow.Hosting.Connections;
using Workflow.Hosting.Masking;
using Workflow.Hosting.Plugins;
using Workflow.Hosting.Running;
using Workflow.Hosting.Templating;
using Workflow.Hosting.Validation;

namespace Workflow.Hosting;

/// <summary>
/// The hosting library's entry point: what a workflow host needs to run action plugins, the way the sandbox runs them.
/// <list type="number">
/// <item><see cref="Load"/> a plugins folder: each plugin in its own load context sharing the contract, its manifests checked
/// against the meta-schemas and its contract version against this host's (problems in <see cref="Problems"/>).</item>
/// <item><see cref="Connect"/> a plugin's connection from the host's values (secrets are masked in every log from then on).</item>
/// <item><see cref="RenderInput"/>: a step's templated input rendered with Scriban (sandboxed) and coerced to the input schema.</item>
/// <item><see cref="ValidateInput"/>: one problem per defect, each at its JSON Pointer.</item>
/// <item><see cref="RunAsync"/>: validate the input, execute with the timeout, validate the output; never throws for what the plugin does.</item>
/// </list>
/// Thread-safe once loaded; keep one per plugins folder for the host's lifetime (plugin load contexts live as long as the process). Hosts that have their own templating,
/// validation and run model need only the contract package (docs/hosting.md, "Contract alone, or the hosting library?").
/// </summary>
public sealed class PluginHost
{
    private readonly PluginCatalog _catalog;
    private readonly SecretMasker _masker = new();
    private readonly ActionRunner _runner;
    private readonly TemplateRenderer _renderer = new();

    private PluginHost(PluginCatalog catalog, PluginHostOptions options)
    {
        _catalog = catalog;
        var loggerFactory = options.LoggerFactory ?? NullLoggerFactory.Instance;
        var validation = new OutputValidationPolicy(options.OutputValidation, loggerFactory.CreateLogger<OutputValidationPolicy>());
        _runner = new ActionRunner(loggerFactory, _masker, options.Timeout, validation, options.Services);
        Actions = [.. catalog.Actions.Select(a => new HostedAction(
            a.Id, a.Plugin.Id, a.Manifest.Title, a.Manifest.Description, a.Manifest.Input, a.Manifest.Output, a.Manifest.Annotations.ReadOnly))];
    }

    /// <summary>The actions every loaded plugin provides, in plugin then manifest order. Broken actions are left out (see <see cref="Problems"/>).</summary>
    public IReadOnlyList<HostedAction> Actions { get; }

    /// <summary>What is wrong with the plugins folder: one entry per problem (an unreadable or invalid manifest, a contract
    /// version this host cannot serve, a missing implementation). Empty when every plugin loaded cleanly.</summary>
    public IReadOnlyList<PluginProblem> Problems => _catalog.DirectoryProblem is { } directory
        ? [new PluginProblem("", _catalog.Directory, directory), .. _catalog.Problems]
        : _catalog.Problems;

    /// <summary>
    /// Loads every plugin folder under <paramref name="pluginsDirectory"/> (one subfolder per plugin, each with its
    /// <c>plugin.json</c>: the layout of a published plugin, docs/hosting.md "The plugin folder"). Never throws for a broken
    /// plugin: it is left out and reported in <see cref="Problems"/>.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="pluginsDirectory"/> is empty.</exception>
    public static PluginHost Load(string pluginsDirectory, PluginHostOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pluginsDirectory);
        options ??= new PluginHostOptions();
        var meta = options.SchemasDirectory is { } schemas ? ManifestMetaSchemas.Load(schemas) : ManifestMetaSchemas.Default;
        var logger = (options.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger<PluginHost>();
        return new PluginHost(PluginCatalogLoader.Load(pluginsDirectory, meta, logger), options);
    }

    /// <summary>
    /// The connection for <paramref name="pluginId"/>'s actions: each field of its plugin.json <c>connection</c> from
    /// <paramref name="values"/>, else from the field's environment variable (through <paramref name="environment"/>, when
    /// given), else its default. Secret fields become <see cref="SecretValue"/>s and are masked in every log of this host.
    /// A missing value is left out: the plugin reports what it misses when it runs.
    /// </summary>
    /// <exception cref="ArgumentException">No loaded plugin has the id <paramref name="pluginId"/>.</exception>
    public ActionConnection Connect(string pluginId, IReadOnlyDictionary<string, string> values, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        var plugin = _catalog.FindPlugin(pluginId) ?? throw new ArgumentException($"No loaded plugin has the id '{pluginId}'.", nameof(pluginId));
        return ConnectionResolver.Resolve(plugin.Manifest.Connection, values, environment ?? (_ => null), _masker);
    }

    /// <summary>
    /// Renders every string of <paramref name="templatedInput"/> as a Scriban template (sandboxed: no file, network or
    /// .NET access) over <c>trigger</c> (<paramref name="trigger"/>) and <c>run.id</c> (<paramref name="runId"/>), then
    /// coerces the strings the input schema types as numbers, booleans, arrays or objects.
    /// </summary>
    /// <returns>The input to pass to <see cref="ValidateInput"/> and <see cref="RunAsync"/>.</returns>
    /// <exception cref="ArgumentException">No loaded action has the id <paramref name="actionId"/>.</exception>
    /// <exception cref="TemplateRenderException">A template does not parse or fails; it names the pointer, line and column.</exception>
    public JsonNode? RenderInput(string actionId, JsonNode? templatedInput, JsonNode? trigger, string runId)
    {
        var action = Find(actionId);
        var scope = TemplateScope.ForTrigger(trigger, runId, DateTimeOffset.UtcNow);
        return SchemaTypeCoercer.Coerce(_renderer.Render(actionId, templatedInput, scope), action.Manifest.Input);
    }

    /// <summary>
    /// The problems of <paramref name="input"/> against the action's input schema: one per defect (not one per failing
    /// schema branch), each with the field's JSON Pointer in <see cref="ActionErrorDetail.Field"/>. Empty when valid.
    /// </summary>
    /// <exception cref="ArgumentException">No loaded action has the id <paramref name="actionId"/>.</exception>
    public IReadOnlyList<ActionErrorDetail> ValidateInput(string actionId, JsonNode? input) =>
        Find(actionId).Definition.InputValidator.Validate(input);

    /// <summary>
    /// Runs one action: validates <paramref name="input"/> (a failure is <see cref="RunStatus.InvalidInput"/> with one detail
    /// per defect), executes the plugin within the timeout, validates its output (an output that breaks the schema is
    /// <see cref="RunStatus.HostError"/> for a read-only action, and a warning for one that changed something, so a write is
    /// never reported lost). Never throws for anything the plugin does; an unknown action is
    /// <see cref="RunStatus.InvalidInput"/> with code <c>unknown_action</c>.
    /// </summary>
    /// <param name="actionId">The action id.</param>
    /// <param name="input">The rendered input (<see cref="RenderInput"/>), or the host's own.</param>
    /// <param name="connection">From <see cref="Connect"/>.</param>
    /// <param name="run">The run, step and attempt: keep the run and step ids across retries so idempotency keys stay stable.</param>
    /// <param name="cancellationToken">Cancels the execution (reported as <c>cancelled</c>).</param>
    public Task<RunOutcome> RunAsync(string actionId, JsonNode? input, ActionConnection connection, RunInfo run, CancellationToken cancellationToken = default) =>
        _catalog.FindAction(actionId) is { } action
            ? _runner.RunAsync(action, input, connection, run, cancellationToken)
            : Task.FromResult(ActionAvailability.Unavailable(_catalog, actionId));

    private LoadedAction Find(string actionId) =>
        _catalog.FindAction(actionId) ?? throw new ArgumentException($"No loaded plugin provides the action '{actionId}'.", nameof(actionId));
}
