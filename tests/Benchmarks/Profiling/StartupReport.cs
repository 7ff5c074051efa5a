using System.Globalization;

namespace Benchmarks.Profiling;

/// <summary>
/// `Benchmarks profile-startup TRACE [--top N]` (tests/Benchmarks/profile.sh --startup): where a short-lived process's
/// main thread spends its start, from a dotnet-trace speedscope file of the whole process: milliseconds inclusive for
/// the host's own frames and the libraries it starts (System.CommandLine, McMaster, JsonSchema.Net, Spectre.Console,
/// System.Text.Json), then the top exclusive frames. The trace's own start-up (EventPipe initialising the runtime's
/// event sources) is named apart: a process started without a trace does not pay it.
/// </summary>
internal static class StartupReport
{
    private const string TraceOwnCost = "System.Diagnostics.Tracing.EventSource.InitializeDefaultEventSources";

    private static readonly string[] Shown =
    [
        "Workflow.", "System.CommandLine!", "McMaster.", "JsonSchema.Net!", "Spectre.", "System.Text.Json!System.Text.Json.JsonSerializer.",
        "System.Private.CoreLib!System.Runtime.Loader.AssemblyLoadContext.Load", "System.Private.CoreLib!System.Globalization.GlobalizationMode",
        "System.Private.CoreLib!System.Globalization.CompareInfo", "System.Console!System.Console.", "System.Security.Cryptography!", "Program.",
    ];

    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: Benchmarks profile-startup TRACE.speedscope.json [--top N]");
            return 2;
        }

        if (!File.Exists(args[1]))
        {
            Console.Error.WriteLine($"profile-startup: {args[1]} does not exist (tests/Benchmarks/profile.sh --startup writes it)");
            return 2;
        }

        var top = args.Length > 3 && args[2] == "--top" ? int.Parse(args[3], CultureInfo.InvariantCulture) : 40;
        var samples = SpeedscopeProfile.ReadMainThread(args[1]);
        var total = samples.Sum(s => s.Milliseconds);
        var traceOwn = samples.Where(s => s.Stack.Any(f => f.Contains(TraceOwnCost, StringComparison.Ordinal))).Sum(s => s.Milliseconds);
        Console.WriteLine(Invariant($"main thread: {total:0} ms sampled, of which {traceOwn:0} ms is the trace's own start-up ({TraceOwnCost}); without it {total - traceOwn:0} ms"));

        var inclusive = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var sample in samples.Where(s => !s.Stack.Any(f => f.Contains(TraceOwnCost, StringComparison.Ordinal))))
        {
            foreach (var frame in sample.Stack.Where(f => Shown.Any(f.Contains) && !f.Contains("MoveNext", StringComparison.Ordinal)).Distinct())
            {
                inclusive[frame] = inclusive.GetValueOrDefault(frame) + sample.Milliseconds;
            }
        }

        Console.WriteLine("\n== inclusive ms (the host's frames and the libraries it starts; the trace's own start-up left out)");
        foreach (var (frame, ms) in inclusive.OrderByDescending(p => p.Value).Take(top))
        {
            Console.WriteLine(Invariant($"{ms,7:0.0} {(ms * 100 / (total - traceOwn)),5:0}%  {Shorten(frame)}"));
        }

        Console.WriteLine("\n== exclusive ms (the running frame)");
        foreach (var group in samples.GroupBy(s => s.Leaf).OrderByDescending(g => g.Sum(s => s.Milliseconds)).Take(top / 2))
        {
            Console.WriteLine(Invariant($"{group.Sum(s => s.Milliseconds),7:0.0}  {Shorten(group.Key)}"));
        }

        return 0;
    }

    private static string Shorten(string frame) => frame.IndexOf('(') is var open and > 0 ? frame[..open] : frame;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
