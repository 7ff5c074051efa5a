using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Workflow.Abstractions;
using Workflow.Hosting.Connections;
using Workflow.Hosting.Plugins;
using Workflow.Hosting.Validation;
using Workflow.Sandbox.Simulation;

namespace Workflow.Sandbox.Tests.Reliability.BadInput;

/// <summary>R2, shared by the suite and `tests/Drills/run.sh inputs`: the corpus through the host, against the in-process simulator.</summary>
internal static class BadInputDrill
{
    public const int DefaultSeed = 20240502;

    public static async Task<BadInputReport> RunAsync(string pluginsDirectory, string schemasDirectory, int count, int seed, CancellationToken cancellationToken)
    {
        var catalog = PluginCatalogLoader.Load(pluginsDirectory, ManifestMetaSchemas.Load(schemasDirectory), NullLogger.Instance);
        var actions = catalog.Actions.OrderBy(a => a.Id, StringComparer.Ordinal)
            .Select(a => (a.Id, (JsonObject)a.Manifest.Input.DeepClone())).ToList();
        await using var simulator = await LocalSimulation.StartDefaultAsync(NullLoggerFactory.Instance, cancellationToken);
        var connection = new ActionConnection(
            new Dictionary<string, string> { [CommandLineConnection.BaseUrlField] = simulator.BaseUrl },
            new Dictionary<string, SecretValue> { [CommandLineConnection.ApiKeyField] = new(simulator.ApiKey) });
        var harness = new BadInputHarness(catalog, connection);
        var clock = Stopwatch.StartNew();
        var verdicts = new List<BadInputVerdict>(count);
        foreach (var badCase in new BadInputCorpus(actions, seed).Generate(count))
            verdicts.Add(await harness.RunAsync(badCase, cancellationToken));
        return new BadInputReport(verdicts, clock.Elapsed);
    }
}
