using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Threading.RateLimiting;
using IncidentIo.Plugin.Client.Errors;
using IncidentIo.Plugin.Client.Resilience;
using IncidentIo.Plugin.Json;
using IncidentIo.Plugin.Telemetry;
using Polly;
using Polly.RateLimiting;
using RestSharp;
using RestSharp.Serializers.Json;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Client;

/// <summary>
/// Sends incident.io requests for one (base URL, credential) pair (the API key, or an alert source's token) and returns typed bodies or
/// <see cref="ActionError"/>s. Thread-safe and long-lived: get one from <see cref="IncidentIoClientFactory"/>.
/// </summary>
internal sealed class IncidentIoClient : IDisposable
{
    private static readonly string UserAgent =
        $"IncidentIo.Plugin/{typeof(IncidentIoClient).Assembly.GetName().Version?.ToString(3)} (workflow plugin incidentio)";

    private readonly RestClient _rest;
    private readonly ConcurrentDictionary<int, ResiliencePipeline<RestResponse>> _pipelines = new();
    private readonly ConcurrentDictionary<ApiOperation, RateLimiter> _operationLimiters = new();
    private readonly RateLimiter _limiter;
    private readonly bool _limitedByHost;
    private readonly IncidentIoClientOptions _options;
    private readonly SecretValue _apiKey;

    public IncidentIoClient(IncidentIoConnection connection, string keyFingerprint, IncidentIoClientOptions options)
    {
        BaseUrl = connection.BaseUrl;
        _apiKey = connection.Credential;
        _options = options;
        var partition = IncidentIoRateLimit.KeyFor(connection.BaseUrl, keyFingerprint);
        var hostLimiter = options.RateLimiters?.GetRateLimiter(partition);
        _limitedByHost = hostLimiter is not null;
        _limiter = hostLimiter ?? options.DefaultRateLimiters.GetRateLimiter(partition);
        var restOptions = new RestClientOptions(connection.BaseUrl)
        {
            // Sent as the HttpClient's default header below, not as a RestSharp parameter (see there).
            UserAgent = null,
            // Every HTTP answer is "completed"; only transport failures are errors (ApiErrorMapper reads the status).
            CalculateResponseStatus = _ => ResponseStatus.Completed,
            // A redirect could carry the Authorization header to another host; incident.io's API never
            // redirects, so a 3xx is reported (ApiErrorMapper) rather than followed.
            FollowRedirects = false,
            // The environment's proxy, but never for a loopback base_url (see LoopbackBypassProxy).
            Proxy = LoopbackBypassProxy.Default,
            // RFC 3986 percent-encoding (upper-case hex, %20 for a space) rather than form encoding.
            EncodeQuery = (value, _) => Uri.EscapeDataString(value),
        };
        // The headers every request carries are the HttpClient's defaults, not RestSharp default parameters: RestSharp
        // re-reads each header parameter on every request (LINQ over the parameters, and a HashSet lookup with
        // InvariantCultureIgnoreCase, hashed through ICU, per header), about a fifth of its own CPU per get_incident
        // (tests/Benchmarks/profile.sh). The Accept header stays RestSharp's, set to JSON only, so it sends one value.
        var authorization = $"{connection.Scheme} {connection.Credential.Reveal()}";
        _rest = new RestClient(
            restOptions,
            configureDefaultHeaders: headers =>
            {
                headers.TryAddWithoutValidation(KnownHeaders.UserAgent, UserAgent);
                headers.TryAddWithoutValidation(KnownHeaders.Authorization, authorization);
            },
            configureSerialization: s => s.UseSystemTextJson(IncidentIoJson.Options));
        _rest.AcceptedContentTypes = [ContentType.Json];
    }

    public Uri BaseUrl { get; }

    /// <summary>
    /// Sends <paramref name="request"/> (retrying when <see cref="ApiRequest.MayRetry"/>, each attempt taking a
    /// rate-limit token, all within the operation's deadline) and reads a <typeparamref name="T"/> from a 2xx body.
    /// Never throws for remote or transport failures; caller cancellation comes back as <c>cancelled</c>.
    /// </summary>
    public async Task<ApiResponse<T>> SendAsync<T>(ApiRequest request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await SendOnceAsync<T>(request, cancellationToken);
        CallTelemetry.Record(request.Operation, response, Stopwatch.GetElapsedTime(started));
        return response;
    }

    private async Task<ApiResponse<T>> SendOnceAsync<T>(ApiRequest request, CancellationToken cancellationToken)
    {
        // The request the guard checked is the first attempt's; a retry builds a fresh one.
        if (!StaysOnBaseUrl(request, out var first, out var target))
        {
            return Failure<T>(BaseUrlGuard.Refused(request, BaseUrl, target));
        }

        var resilience = _options.For(request.Operation);
        var pipeline = _pipelines.GetOrAdd(
            request.MayRetry ? resilience.MaxRetryAttempts : 0, static (retries, client) => Resilience.RetryPipeline.Create(retries, client._options, client._limiter), this);
        using var deadline = new CancellationTokenSource(resilience.Deadline, _options.TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        if (request.Operation.PerMinuteLimit is { } perMinute)
        {
            // The operation's own limit (e.g. 60 escalations a minute): wait for a slot rather than be refused with 429.
            RateLimitLease slot;
            try
            {
                slot = await _operationLimiters.GetOrAdd(request.Operation, _ => OperationLimiter(perMinute)).AcquireAsync(1, linked.Token);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested || deadline.IsCancellationRequested)
            {
                // A queued wait ends by throwing, not with a lease; nothing was sent.
                return Failure<T>(cancellationToken.IsCancellationRequested
                    ? TransportErrors.Cancelled(request, 0)
                    : TransportErrors.DeadlineExceeded(request, 0, resilience.Deadline, $"none sent, waiting for a slot in the operation's limit of {perMinute} a minute"));
            }

            // A slot not given (queue full, or the client disposed while waiting) is a refusal.
            using (slot)
            {
                if (!slot.IsAcquired)
                {
                    return Failure<T>(TransportErrors.OperationRateLimited(request, perMinute));
                }
            }
        }

        var attempts = 0;
        var outcomeUnknown = false;
        RestResponse? last = null;
        RestResponse? lastFinished = null;
        try
        {
            last = await pipeline.ExecuteAsync(
                async token =>
                {
                    var rest = attempts++ == 0 ? first : RestRequests.Build(request);
                    rest.Timeout = resilience.AttemptTimeout;
                    if (typeof(T) != typeof(RawResponse))
                    {
                        // A typed 2xx body is read from the stream, not copied to a string first (StreamedResponse).
                        rest.AdvancedResponseWriter = StreamedResponse<T>.Writer;
                    }

                    last = await _rest.ExecuteAsync(rest, token);
                    lastFinished = last.ResponseStatus == ResponseStatus.Aborted ? lastFinished : last;
                    outcomeUnknown |= MayHaveHappened(request, last);
                    return last;
                },
                linked.Token);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested || deadline.IsCancellationRequested)
        {
            // Handled below with the RestSharp-reported cancellations.
        }
        catch (RateLimiterRejectedException)
        {
            return Failure<T>(TransportErrors.ClientRateLimited(request, attempts, _limitedByHost));
        }

        // An attempt the deadline or the caller cut off has set the flag itself (RestSharp answers it as aborted, status 0);
        // a cut before any attempt or in a back-off sent nothing more, so a write refused for sure (429, 4xx, refused connection) stays known.
        // A cut that came after incident.io accepted the write (2xx) did not undo it.
        if (outcomeUnknown || AcceptedBeforeTheCut(request, last, linked.IsCancellationRequested))
        {
            // Some attempt's outcome is unknown: whatever the final answer's failure, the write may have happened.
            return Unknown(SendResult<T>(request, last, lastFinished, attempts, resilience, deadline, cancellationToken));
        }

        return SendResult<T>(request, last, lastFinished, attempts, resilience, deadline, cancellationToken);
    }

    private static ApiResponse<T> Unknown<T>(ApiResponse<T> response) =>
        response.IsSuccess ? response : ApiResponse<T>.Failure(response.Error with { OutcomeUnknown = true }, response.UnreadBody);

    private ApiResponse<T> SendResult<T>(
        ApiRequest request, RestResponse? last, RestResponse? lastFinished, int attempts, OperationResilience resilience, CancellationTokenSource deadline, CancellationToken cancellationToken)
    {
        // RestSharp reports a cancelled call as an aborted response rather than throwing.
        if (cancellationToken.IsCancellationRequested)
        {
            return Failure<T>(TransportErrors.Cancelled(request, attempts));
        }

        if (deadline.IsCancellationRequested || last is null)
        {
            // The final reason: what the last attempt that finished got, not the one the deadline cut off.
            var lastReason = lastFinished is null ? null : ApiErrorMapper.FromResponse(request, lastFinished, attempts, resilience.AttemptTimeout, BaseUrl).Message;
            return Failure<T>(TransportErrors.DeadlineExceeded(request, attempts, resilience.Deadline, lastReason));
        }

        if (last.StatusCode == 0 || !last.IsSuccessStatusCode)
        {
            return Failure<T>(ApiErrorMapper.FromResponse(request, last, attempts, resilience.AttemptTimeout, BaseUrl));
        }

        return Read<T>(request, last, attempts);
    }

    public void Dispose()
    {
        _rest.Dispose();
        foreach (var limiter in _operationLimiters.Values)
        {
            limiter.Dispose();
        }
    }

    // Stryker disable once Boolean : a minute's wait; a bucket that never refills shows only after a real minute (its timer is not the TimeProvider)
    private static TokenBucketRateLimiter OperationLimiter(int perMinute) => new(new TokenBucketRateLimiterOptions
    {
        TokenLimit = perMinute,
        TokensPerPeriod = perMinute,
        ReplenishmentPeriod = TimeSpan.FromMinutes(1),
        QueueLimit = perMinute,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    });

    private bool StaysOnBaseUrl(ApiRequest request, [NotNullWhen(true)] out RestRequest? built, [NotNullWhen(false)] out string? target)
    {
        built = null;
        try
        {
            built = RestRequests.Build(request);
            var uri = _rest.BuildUri(built);
            if (BaseUrlGuard.Contains(BaseUrl, uri))
            {
                // Only a refusal names the target: no string per call otherwise.
                target = null;
                return true;
            }

            target = uri.GetLeftPart(UriPartial.Path);
            return false;
        }
        catch (UriFormatException)
        {
            target = "an unreadable URL";
            return false;
        }
    }

    private ApiResponse<T> Read<T>(ApiRequest request, RestResponse response, int attempts)
    {
        if (typeof(T) == typeof(RawResponse))
        {
            return ApiResponse<T>.Success(
                (T)(object)RawResponse.From(response, _apiKey), (int)response.StatusCode, ApiErrorMapper.RequestIdOf(response), attempts);
        }

        // Every typed attempt is read by StreamedResponse<T>.Writer (SendOnceAsync), so a 2xx answer is one.
        var streamed = (StreamedResponse<T>)response;
        return streamed.Problem is null
            ? ApiResponse<T>.Success(streamed.Value!, (int)response.StatusCode, ApiErrorMapper.RequestIdOf(response), attempts, streamed.Warnings)
            : ApiResponse<T>.Unreadable(SecretRedaction.Redact(TransportErrors.InvalidBody(request, response, attempts, streamed.Problem), _apiKey), response.Content);
    }

    private ApiResponse<T> Failure<T>(ActionError error) => ApiResponse<T>.Failure(SecretRedaction.Redact(error, _apiKey));

    /// <summary>
    /// True for a write incident.io answered 2xx before the deadline or the caller's cancel cut the call off (the cut is
    /// reported, and must not read as "nothing happened").
    /// </summary>
    internal static bool AcceptedBeforeTheCut(ApiRequest request, RestResponse? last, bool cut) =>
        cut && request.Operation.Method != Method.Get && last is { StatusCode: >= System.Net.HttpStatusCode.OK and < System.Net.HttpStatusCode.MultipleChoices };

    // A write may have happened when it was sent and not answered (dropped after sending, timed out, cut off; a refused
    // connection never sent it), or answered 5xx: a gateway's 502/503/504 or a server error can come after the commit
    // (501, not implemented, did nothing).
    private static bool MayHaveHappened(ApiRequest request, RestResponse response) =>
        request.Operation.Method != Method.Get
        && (((int)response.StatusCode >= 500 && response.StatusCode != System.Net.HttpStatusCode.NotImplemented)
            || (response.StatusCode == 0
                && response.ErrorException?.GetBaseException() is not System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.ConnectionRefused }));
}
