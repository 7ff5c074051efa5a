using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using IncidentIo.Plugin.Actions.CreateIncident;
using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Client.Resilience;
using IncidentIo.Simulator;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Reliability.Drill;

/// <summary>
/// The R1 fault drill: N logical creates through the real create_incident action against the simulator with
/// injected faults. A step whose final result is a retryable error is run again the way a host would (same run,
/// same step, next attempt: same idempotency key). Half the creates give an explicit key, half derive it.
/// Shared by the suite (50 creates) and the drill command (tests/Drills, 1,000).
/// </summary>
internal static class CreateDrill
{
    private const string Minor = "01HQ5SVMXXQKFBF5KZNWJ47TAN";

    public static async Task<CreateDrillReport> RunAsync(CreateDrillOptions options, CancellationToken cancellationToken)
    {
        using var requests = new RequestCountingLoggerProvider();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(requests));
        await using var simulator = await IncidentIoSimulator.StartAsync(
            new SimulatorOptions { Faults = options.FaultSpec, LoggerFactory = loggers }, cancellationToken);
        using var clients = new IncidentIoClientFactory(new IncidentIoClientOptions
        {
            MaxRetryAttempts = options.ClientRetries,
            BaseDelay = TimeSpan.FromMilliseconds(20),
            MaxDelay = TimeSpan.FromMilliseconds(200),
            MaxRetryAfter = TimeSpan.FromMilliseconds(250),
            AttemptTimeout = options.AttemptTimeout,
            Deadline = TimeSpan.FromSeconds(15),
            RateLimiters = new TokenBucketSource(),
        });
        var action = new CreateIncidentAction(clients);
        var connection = new ActionConnection(
            new Dictionary<string, string> { ["base_url"] = simulator.BaseUrl },
            new Dictionary<string, SecretValue> { ["api_key"] = new(SimulatorOptions.DefaultApiKey) });
        var prefix = $"drill {options.Seed} #";
        var runId = $"drill-{options.Seed}";
        var reported = new ConcurrentDictionary<int, string>();
        var stepErrors = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var stepRuns = 0;
        var clock = Stopwatch.StartNew();

        await Parallel.ForEachAsync(
            Enumerable.Range(0, options.Creates),
            new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                for (var attempt = 1; attempt <= options.MaxStepAttempts; attempt++)
                {
                    Interlocked.Increment(ref stepRuns);
                    var context = new ActionContext(Input(prefix, i, options.Seed, options.KeyPerStepRun ? attempt : null), connection, new RunInfo(runId, Step(i), attempt), NullLogger.Instance);
                    var result = await action.ExecuteAsync(context, token);
                    if (result.IsSuccess)
                    {
                        reported[i] = result.Output!.Value.GetProperty("incident").GetProperty("id").GetString()!;
                        return;
                    }

                    stepErrors.AddOrUpdate(result.Error.Code, 1, (_, n) => n + 1);
                    if (!result.Error.Retryable)
                    {
                        return;
                    }
                }
            });

        clock.Stop();

        // A stalled attempt may still be committing after its step succeeded on a retry; let it land before counting.
        await Task.Delay(options.FaultSpec.StallFor + TimeSpan.FromMilliseconds(500), cancellationToken);
        var stored = simulator.State.Incidents().Where(n => ((string?)n["name"])?.StartsWith(prefix, StringComparison.Ordinal) == true).ToList();
        var perName = stored.GroupBy(n => (string)n["name"]!).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var lost = 0;
        var mismatched = 0;
        for (var i = 0; i < options.Creates; i++)
        {
            var byKey = simulator.State.FindByIdempotencyKey(Key(runId, i, options.Seed));
            if (byKey is null || !reported.TryGetValue(i, out var id))
            {
                lost++;
            }
            else if ((string?)byKey["id"] != id)
            {
                mismatched++;
            }
        }

        return new CreateDrillReport
        {
            LogicalCreates = options.Creates,
            Stored = stored.Count,
            Duplicates = perName.Values.Sum(n => n - 1),
            Lost = lost,
            Mismatched = mismatched,
            StepRuns = stepRuns,
            RequestsByStatus = requests.ByStatus,
            StepErrors = new Dictionary<string, int>(stepErrors, StringComparer.Ordinal),
            Elapsed = clock.Elapsed,
            Faults = options.FaultSpec.ToString(),
        };
    }

    private static string Step(int i) => $"create-{i}";

    private static bool ExplicitKey(int i) => i % 2 == 0;

    private static string Key(string runId, int i, int seed) =>
        ExplicitKey(i) ? $"drill-{seed}-explicit-{i}" : IdempotencyKey.For(new RunInfo(runId, Step(i), 1));

    private static JsonElement Input(string prefix, int i, int seed, int? wrongKeyAttempt) => JsonSerializer.SerializeToElement(
        wrongKeyAttempt is { } attempt ? new { name = prefix + i, severity_id = Minor, idempotency_key = (string?)$"drill-{seed}-wrong-{i}-{attempt}" }
        : ExplicitKey(i) ? new { name = prefix + i, severity_id = Minor, idempotency_key = (string?)$"drill-{seed}-explicit-{i}" }
        : new { name = prefix + i, severity_id = Minor, idempotency_key = (string?)null });
}
