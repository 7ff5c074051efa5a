using System.Net;
using System.Threading.RateLimiting;
using IncidentIo.Plugin.Telemetry;
using Polly;
using Polly.RateLimiting;
using Polly.Retry;
using RestSharp;

namespace IncidentIo.Plugin.Client.Resilience;

/// <summary>
/// The Polly pipeline of one call: exponential back-off with jitter on 429 (waiting what <c>Retry-After</c> asks,
/// capped), 502/503/504, timeouts and failed connections; inside it, the client-side rate limiter, so every
/// attempt takes a token. Caller cancellation is never retried.
/// </summary>
internal static class RetryPipeline
{
    public static ResiliencePipeline<RestResponse> Create(int maxRetryAttempts, IncidentIoClientOptions options, RateLimiter? limiter)
    {
        var builder = new ResiliencePipelineBuilder<RestResponse> { TimeProvider = options.TimeProvider };
        if (maxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<RestResponse>
            {
                MaxRetryAttempts = maxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                // Stryker disable once Boolean : jitter only spreads the waits at random; no test can tell one wait from the other
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(RequestedDelay(args.Outcome, options)),
            });
        }

        if (limiter is not null)
        {
            builder.AddRateLimiter(new RateLimiterStrategyOptions
            {
                RateLimiter = args => CallTelemetry.AcquireAsync(limiter, args.Context.CancellationToken),
            });
        }

        return builder.Build();
    }

    /// <summary>True for the failures worth another attempt.</summary>
    public static bool IsTransient(Outcome<RestResponse> outcome) => outcome.Result switch
    {
        null => outcome.Exception is HttpRequestException or TimeoutException,
        // No status code: the request never got an answer (timeout, refused or dropped connection).
        { StatusCode: 0, ResponseStatus: ResponseStatus.TimedOut or ResponseStatus.Error } => true,
        { StatusCode: HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout } => true,
        _ => false,
    };

    /// <summary>The server's Retry-After, capped at <see cref="IncidentIoClientOptions.MaxRetryAfter"/>; null means "use the back-off".</summary>
    public static TimeSpan? RequestedDelay(Outcome<RestResponse> outcome, IncidentIoClientOptions options)
    {
        if (outcome.Result is not { } response
            || RetryAfter.From(response, options.TimeProvider.GetUtcNow()) is not { } asked)
        {
            return null;
        }

        // Stryker disable once Equality : at the cap both branches give the cap
        return asked < options.MaxRetryAfter ? asked : options.MaxRetryAfter;
    }
}
