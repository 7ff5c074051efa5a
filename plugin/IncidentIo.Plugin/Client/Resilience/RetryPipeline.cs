using System.Net;
using Polly;
using Polly.Retry;
using RestSharp;

namespace IncidentIo.Plugin.Client.Resilience;

/// <summary>
/// The Polly pipeline for operations that are safe to repeat: exponential back-off with jitter on
/// 429 (waiting what <c>Retry-After</c> asks, capped), 502/503/504, timeouts and failed connections.
/// Caller cancellation is never retried.
/// </summary>
internal static class RetryPipeline
{
    public static ResiliencePipeline<RestResponse> Create(IncidentIoClientOptions options)
    {
        if (options.MaxRetryAttempts <= 0)
        {
            return ResiliencePipeline<RestResponse>.Empty;
        }

        var retry = new RetryStrategyOptions<RestResponse>
        {
            MaxRetryAttempts = options.MaxRetryAttempts,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.BaseDelay,
            MaxDelay = options.MaxDelay,
            ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
            DelayGenerator = args => ValueTask.FromResult(RequestedDelay(args.Outcome, options)),
        };
        return new ResiliencePipelineBuilder<RestResponse> { TimeProvider = options.TimeProvider }
            .AddRetry(retry)
            .Build();
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

        return asked < options.MaxRetryAfter ? asked : options.MaxRetryAfter;
    }
}
