using System.Reflection;
using Workflow.Hosting.Plugins;

namespace Benchmarks.Harness;

/// <summary>
/// Lifts the incident.io plugin's client-side rate limit (a token bucket of 20 requests a second, burst 1200, shaped like
/// the real API's) for the bench, as <see cref="SimulatorHost"/> lifts the simulator's: past the first 1200 calls every host
/// call would otherwise wait for a token, and P1, P2 and P5 would measure the limiter instead of the host. The plugin lives in
/// its own load context, so its <c>IncidentIoRateLimits.Source</c> is set by reflection, before any client exists.
/// </summary>
internal static class PluginRateLimit
{
    private const string Namespace = "IncidentIo.Plugin.Client.Resilience";

    public static void Lift(PluginCatalog catalog, int tokensPerSecond = 100_000_000, int burst = 100_000_000)
    {
        var action = catalog.FindPlugin("incidentio")?.Actions is [var any, ..] ? any
                     : throw new InvalidOperationException("No incidentio action to find the plugin's assembly by.");
        var assembly = action.CreateInstance().GetType().Assembly;
        var sourceType = assembly.GetType($"{Namespace}.TokenBucketSource", throwOnError: true)!;
        var source = Activator.CreateInstance(sourceType, tokensPerSecond, burst);
        var property = assembly.GetType($"{Namespace}.IncidentIoRateLimits", throwOnError: true)!
            .GetProperty("Source", BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException("IncidentIoRateLimits.Source is gone: update the bench.");
        property.SetValue(null, source);
    }
}
