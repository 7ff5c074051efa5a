using System.Diagnostics;
using System.Threading.RateLimiting;
using IncidentIo.Plugin.Client;

namespace IncidentIo.Plugin.Telemetry;

/// <summary>The measurements of one client call (<see cref="IncidentIoClient.SendAsync{T}"/>) and of its rate-limit waits.</summary>
internal static class CallTelemetry
{
    /// <summary>Records a finished call: counters, duration, and its attempts and request id on the action's span.</summary>
    public static void Record<T>(ApiOperation operation, ApiResponse<T> response, TimeSpan elapsed)
    {
        ActionTelemetry.AddCall(response.Attempts, response.RequestId);
        var name = new KeyValuePair<string, object?>(TelemetryTags.Operation, operation.Name);
        var outcome = new KeyValuePair<string, object?>(TelemetryTags.Outcome, response.Error?.Code ?? TelemetryTags.Success);
        var status = new KeyValuePair<string, object?>(TelemetryTags.HttpStatus, response.HttpStatus);
        PluginTelemetry.Calls.Add(1, name, outcome, status);
        PluginTelemetry.CallSeconds.Record(elapsed.TotalSeconds, name, outcome);
        if (response.Attempts > 1)
        {
            PluginTelemetry.Retries.Add(response.Attempts - 1, name);
        }
    }

    /// <summary>
    /// A permit from <paramref name="limiter"/>: at once when one is free, else queued, counting the wait (the Polly
    /// rate-limiter strategy does not report waits itself).
    /// </summary>
    public static async ValueTask<RateLimitLease> AcquireAsync(RateLimiter limiter, CancellationToken cancellationToken)
    {
        var lease = limiter.AttemptAcquire(1);
        if (lease.IsAcquired)
        {
            return lease;
        }

        // Stryker disable once Statement : equivalent; a lease that was not acquired holds no permit, so disposing it releases nothing
        lease.Dispose();
        var started = Stopwatch.GetTimestamp();
        lease = await limiter.AcquireAsync(1, cancellationToken);
        PluginTelemetry.RateLimitWaits.Add(1);
        PluginTelemetry.RateLimitWaitSeconds.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
        return lease;
    }
}
