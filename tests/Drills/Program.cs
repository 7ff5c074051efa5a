using System.Globalization;
using Drills;
using IncidentIo.Plugin.Tests.Reliability.Drill;

// tests/Drills/run.sh [creates|inputs|templates|webhooks|webhooks-bench|conditions-bench] [--count N] [--seed N] [--faults SPEC] [--concurrency N] [--rounds N] [--warmup SECONDS]
var mode = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
var failed = false;
if (mode is "all" or "creates")
{
    var options = new CreateDrillOptions
    {
        Creates = IntOption(args, "--count") ?? 1000,
        Seed = IntOption(args, "--seed") ?? new CreateDrillOptions().Seed,
        Concurrency = IntOption(args, "--concurrency") ?? 32,
        Faults = Option(args, "--faults") ?? CreateDrillOptions.DefaultFaults,
    };
    Console.WriteLine($"R1 create drill: {options.Creates} logical creates, {options.Concurrency} at once");
    var report = await CreateDrill.RunAsync(options, CancellationToken.None);
    Console.WriteLine(report);
    failed |= !report.Holds;
}

if (mode is "all" or "inputs")
{
    var report = await Workflow.Sandbox.Tests.Reliability.BadInput.BadInputDrill.RunAsync(
        Path.Combine(AppContext.BaseDirectory, "plugins"), Path.Combine(AppContext.BaseDirectory, "schemas"),
        IntOption(args, "--count") ?? 10_000, IntOption(args, "--seed") ?? Workflow.Sandbox.Tests.Reliability.BadInput.BadInputDrill.DefaultSeed, CancellationToken.None);
    Console.WriteLine(report);
    failed |= report.Unhandled > 0 || report.Violations.Count > 0;
}

if (mode is "all" or "templates")
{
    failed |= !await TemplateDrill.RunAsync(Console.Out);
}

if (mode is "all" or "webhooks")
{
    failed |= !await Drills.Webhooks.WebhookDrill.RunAsync(IntOption(args, "--count") ?? 1000, IntOption(args, "--concurrency") ?? 32, IntOption(args, "--seed") ?? 15, Console.Out);
}

if (mode is "webhooks-bench")
{
    await Drills.Webhooks.WebhookBench.RunAsync(
        IntOption(args, "--count") ?? 2000, IntOption(args, "--concurrency") ?? 32, IntOption(args, "--rounds") ?? 5, TimeSpan.FromSeconds(IntOption(args, "--warmup") ?? 3), Console.Out);
}

if (mode is "store-bench")
{
    await Drills.Webhooks.StoreBench.RunAsync(IntOption(args, "--count") ?? 20_000, IntOption(args, "--concurrency") ?? 32, IntOption(args, "--rounds") ?? 5, Console.Out);
}

if (mode is "conditions-bench")
{
    await ConditionBench.RunAsync(IntOption(args, "--count") ?? 20_000, IntOption(args, "--rounds") ?? 5, Console.Out);
}

return failed ? 1 : 0;

static string? Option(string[] args, string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

static int? IntOption(string[] args, string name) =>
    Option(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;
