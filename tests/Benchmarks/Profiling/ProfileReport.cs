using System.Globalization;

namespace Benchmarks.Profiling;

/// <summary>
/// `Benchmarks profile PLUGIN_TRACE PLUGIN_WINDOW RAW_TRACE RAW_WINDOW [--top N]` (tests/Benchmarks/profile.sh runs it):
/// where the plugin's get_incident spends managed CPU against the raw GET, both per call, from two dotnet-trace speedscope
/// files cut to their soaks' measured windows (<see cref="MeasuredWindow"/>). Prints three tables: µs per call by the
/// library that was running (the innermost frame outside the runtime's general-purpose assemblies, so a
/// <c>Dictionary</c> lookup counts for whoever called it), the top exclusive frames, and the top inclusive frames of
/// the plugin's own layers (plugin, RestSharp, Polly).
/// </summary>
internal static class ProfileReport
{
    /// <summary>Assemblies whose time is charged to their caller: they serve every layer alike. (Pseudo-frames such as
    /// <c>Thread (123)</c> have no <c>!</c> and are skipped too.)</summary>
    private static readonly HashSet<string> GeneralPurpose = new(StringComparer.Ordinal)
    {
        "System.Private.CoreLib", "System.Runtime", "System.Linq", "System.Collections", "System.Collections.Concurrent", "System.Memory",
        "System.Threading", "System.Private.Uri", "System.Text.Encodings.Web", "System.Diagnostics.DiagnosticSource", "?",
        "Anonymously Hosted DynamicMethods Assembly", "System.Runtime.Intrinsics", "System.ObjectModel",
    };

    /// <summary>The layers the plugin adds over the raw call; their frames get the inclusive table.</summary>
    private static readonly string[] PluginLayers = ["IncidentIo.Plugin", "RestSharp", "Polly.Core", "Polly.RateLimiting", "Workflow."];

    public static int Run(string[] args)
    {
        if (args.Length < 5)
        {
            Console.Error.WriteLine("usage: Benchmarks profile PLUGIN_TRACE PLUGIN_WINDOW RAW_TRACE RAW_WINDOW [--top N]");
            return 2;
        }

        if (args.Skip(1).Take(4).FirstOrDefault(f => !File.Exists(f)) is { } missing)
        {
            Console.Error.WriteLine($"profile: {missing} does not exist (tests/Benchmarks/profile.sh writes the traces and windows)");
            return 2;
        }

        var top = args.Length > 6 && args[5] == "--top" ? int.Parse(args[6], CultureInfo.InvariantCulture) : 20;
        var plugin = Side.Load(args[1], args[2]);
        var raw = Side.Load(args[3], args[4]);
        Console.WriteLine(Invariant($"plugin: {plugin.Window.Calls:N0} calls at {plugin.Window.Concurrency} concurrent in {(plugin.Window.ToMs - plugin.Window.FromMs) / 1000:0.0} s, {plugin.Total:0.0} µs busy managed CPU per call"));
        Console.WriteLine(Invariant($"raw:    {raw.Window.Calls:N0} calls at {raw.Window.Concurrency} concurrent in {(raw.Window.ToMs - raw.Window.FromMs) / 1000:0.0} s, {raw.Total:0.0} µs busy managed CPU per call"));

        Table("by library (innermost frame outside the runtime's general-purpose assemblies), µs per call",
            plugin.PerCall(Owner), raw.PerCall(Owner), top, byDifference: true);
        Table("top exclusive frames (the running method), µs per call", plugin.PerCall(s => s.Leaf), raw.PerCall(s => s.Leaf), top, byDifference: false);
        Table("top inclusive frames of the plugin's own layers (plugin, RestSharp, Polly), µs per call",
            plugin.PerCallInclusive(f => PluginLayers.Any(f.StartsWith)), raw.PerCallInclusive(f => PluginLayers.Any(f.StartsWith)), top, byDifference: false);
        return 0;
    }

    private static string Owner(CpuSample sample) =>
        sample.Stack.Reverse().Where(f => f.Contains('!', StringComparison.Ordinal)).Select(CpuSample.ModuleOf).FirstOrDefault(m => !GeneralPurpose.Contains(m))
        ?? "(runtime only)";

    private static void Table(string title, Dictionary<string, double> plugin, Dictionary<string, double> raw, int top, bool byDifference)
    {
        Console.WriteLine($"\n== {title}");
        Console.WriteLine("  plugin      raw    plugin-raw  frame");
        var keys = plugin.Keys.Union(raw.Keys)
            .OrderByDescending(k => byDifference ? plugin.GetValueOrDefault(k) - raw.GetValueOrDefault(k) : plugin.GetValueOrDefault(k))
            .Take(top);
        foreach (var key in keys)
        {
            var (p, r) = (plugin.GetValueOrDefault(key), raw.GetValueOrDefault(key));
            Console.WriteLine(Invariant($"{p,8:0.0} {r,8:0.0} {p - r,+10:+0.0;-0.0}  {Shorten(key)}"));
        }
    }

    // `Module!Namespace.Type+<Method>d__12`1[...].MoveNext(args)` loses its argument list; the rest names the code.
    private static string Shorten(string frame) => frame.IndexOf('(') is var open and > 0 ? frame[..open] : frame;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Side(MeasuredWindow Window, List<CpuSample> Samples)
    {
        public double Total => Samples.Sum(s => s.Milliseconds) * 1000 / Window.Calls;

        public static Side Load(string trace, string window)
        {
            var measured = MeasuredWindow.Load(window);
            return new Side(measured, SpeedscopeProfile.Read(trace, measured.FromMs, measured.ToMs));
        }

        public Dictionary<string, double> PerCall(Func<CpuSample, string> key) =>
            Samples.GroupBy(key).ToDictionary(g => g.Key, g => g.Sum(s => s.Milliseconds) * 1000 / Window.Calls, StringComparer.Ordinal);

        /// <summary>µs per call with each matching frame on the stack (counted once per sample, however deep it recurses).</summary>
        public Dictionary<string, double> PerCallInclusive(Func<string, bool> frameFilter)
        {
            var totals = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var sample in Samples)
            {
                foreach (var frame in sample.Stack.Where(frameFilter).Distinct())
                {
                    totals[frame] = totals.GetValueOrDefault(frame) + (sample.Milliseconds * 1000 / Window.Calls);
                }
            }

            return totals;
        }
    }
}
