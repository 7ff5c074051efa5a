using System.Text.Json;
using Benchmarks.Harness;
using Microsoft.Extensions.Logging.Abstractions;
using Workflow.Abstractions;
using Workflow.Hosting.Connections;
using Workflow.Hosting.Masking;
using Workflow.Hosting.Plugins;
using Workflow.Hosting.Validation;

namespace Benchmarks.HotPath;

/// <summary>
/// One build of the plugin, loaded from its own plugins folder (its own load context), called directly: no
/// render, no validation, no runner. Two of these side by side give an A/B of plugin builds in one process.
/// </summary>
internal sealed class PluginSide
{
    private readonly LoadedAction _get;
    private readonly LoadedAction _list;
    private readonly ActionConnection _connection;
    private readonly JsonElement _getInput;

    public PluginSide(string name, string pluginsDirectory, string baseUrl, string incidentId)
    {
        Name = name;
        PluginsDirectory = pluginsDirectory;
        var catalog = PluginCatalogLoader.Load(pluginsDirectory, ManifestMetaSchemas.Load(BenchPaths.Schemas), NullLogger.Instance);
        if (catalog.Problems.Count > 0)
        {
            throw new InvalidOperationException($"{pluginsDirectory}: {string.Join("; ", catalog.Problems.Select(p => p.Message))}");
        }

        // Past the bucket's burst (1200 calls) every call would wait for a token: measure the plugin, not its limiter.
        PluginRateLimit.Lift(catalog);
        var plugin = catalog.FindPlugin("incidentio") ?? throw new InvalidOperationException($"No incidentio plugin in {pluginsDirectory}.");
        var values = new Dictionary<string, string> { ["base_url"] = baseUrl, ["api_key"] = Harness.SimulatorHost.ApiKey };
        _connection = ConnectionResolver.Resolve(plugin.Manifest.Connection, values, _ => null, new SecretMasker());
        _get = catalog.FindAction("incidentio.get_incident")!;
        _list = catalog.FindAction("incidentio.list_incidents")!;
        _getInput = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["incident_id"] = incidentId });
    }

    public string Name { get; }

    public string PluginsDirectory { get; }

    public async Task GetAsync(CancellationToken cancellationToken)
    {
        var result = await _get.CreateInstance().ExecuteAsync(Context(_getInput), cancellationToken);
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"{Name} get_incident failed: {result.Error?.Code} {result.Error?.Message}");
        }
    }

    /// <summary>list_incidents with auto_paginate; returns how many incidents came back.</summary>
    public async Task<JsonElement> ListAsync(int count, int pageSize, CancellationToken cancellationToken)
    {
        var input = JsonSerializer.SerializeToElement(new Dictionary<string, object> { ["auto_paginate"] = true, ["max_results"] = count, ["page_size"] = pageSize });
        var result = await _list.CreateInstance().ExecuteAsync(Context(input), cancellationToken);
        return result is { IsSuccess: true, Output: { } output } && output.GetProperty("incidents").GetArrayLength() == count
            ? output
            : throw new InvalidOperationException($"{Name} list_incidents failed: {result.Error?.Code} {result.Error?.Message}");
    }

    private ActionContext Context(JsonElement input) => new(input, _connection, new RunInfo("bench-run", "step", 1), NullLogger.Instance);
}
