using Benchmarks.Harness;

namespace Benchmarks.Scenarios;

/// <summary>
/// P1: one get_incident through the plugin alone (<c>IWorkflowAction.ExecuteAsync</c>, what a production host pays)
/// vs the raw GET that deserialises the same model, sequential. Calls alternate (plugin, raw, …) so drift hits both
/// sides alike; each round gives a p50 and a p99 ratio.
/// </summary>
internal static class LatencyScenario
{
    public static async Task<IReadOnlyList<ResultRow>> RunAsync(GetIncidentCalls calls, BenchSettings settings, CancellationToken cancellationToken)
    {
        await calls.WarmUpAsync(300, cancellationToken);
        List<double> pluginP50 = [], pluginP99 = [], rawP50 = [], rawP99 = [], p50Ratios = [], p99Ratios = [];
        for (var round = 0; round < settings.Rounds; round++)
        {
            var plugin = new List<double>(settings.LatencyCalls);
            var raw = new List<double>(settings.LatencyCalls);
            for (var i = 0; i < settings.LatencyCalls; i++)
            {
                plugin.Add(await Timing.MicrosecondsAsync(() => calls.PluginAsync(cancellationToken)));
                raw.Add(await Timing.MicrosecondsAsync(() => calls.RawAsync(cancellationToken)));
            }

            pluginP50.Add(Stats.Percentile(plugin, 50));
            pluginP99.Add(Stats.Percentile(plugin, 99));
            rawP50.Add(Stats.Percentile(raw, 50));
            rawP99.Add(Stats.Percentile(raw, 99));
            p50Ratios.Add(pluginP50[^1] / rawP50[^1]);
            p99Ratios.Add(pluginP99[^1] / rawP99[^1]);
        }

        var p50 = Stats.SpreadOf(p50Ratios);
        var p99 = Stats.SpreadOf(p99Ratios);
        return
        [
            new ResultRow("P1 p50", "get_incident via the plugin (IWorkflowAction.ExecuteAsync) / raw HttpClient GET + same model, sequential", p50, "×", "≤ 1.10×",
                p50.Median <= 1.10, $"plugin {Timing.Us(Stats.Median(pluginP50))}, raw {Timing.Us(Stats.Median(rawP50))} ({settings.Rounds}×{settings.LatencyCalls} calls each)"),
            new ResultRow("P1 p99", "same, 99th percentile", p99, "×", "≤ 1.25×", p99.Median <= 1.25,
                $"plugin {Timing.Us(Stats.Median(pluginP99))}, raw {Timing.Us(Stats.Median(rawP99))}"),
        ];
    }
}
