using System.Reflection;
using System.Text.Json;
using IncidentIo.Plugin.Client.Errors;
using IncidentIo.Plugin.Json;
using Polly;
using RestSharp;
using RestSharp.Serializers.Json;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Client;

/// <summary>
/// Sends incident.io requests for one (base URL, API key) pair and returns typed bodies or
/// <see cref="ActionError"/>s. Thread-safe and long-lived: get one from <see cref="IncidentIoClientFactory"/>.
/// </summary>
internal sealed class IncidentIoClient : IDisposable
{
    private static readonly string UserAgent =
        $"IncidentIo.Plugin/{typeof(IncidentIoClient).Assembly.GetName().Version?.ToString(3)} (workflow plugin incidentio)";

    private readonly RestClient _rest;
    private readonly ResiliencePipeline<RestResponse> _retry;
    private readonly IncidentIoClientOptions _options;
    private readonly SecretValue _apiKey;

    public IncidentIoClient(IncidentIoConnection connection, ResiliencePipeline<RestResponse> retry, IncidentIoClientOptions options)
    {
        BaseUrl = connection.BaseUrl;
        _apiKey = connection.ApiKey;
        _retry = retry;
        _options = options;
        var restOptions = new RestClientOptions(connection.BaseUrl)
        {
            Timeout = options.AttemptTimeout,
            UserAgent = UserAgent,
            // Every HTTP answer is "completed"; only transport failures are errors (ApiErrorMapper reads the status).
            CalculateResponseStatus = _ => ResponseStatus.Completed,
            // A redirect could carry the Authorization header to another host; incident.io's API never
            // redirects, so a 3xx is reported (ApiErrorMapper) rather than followed.
            FollowRedirects = false,
            // RFC 3986 percent-encoding (upper-case hex, %20 for a space) rather than form encoding.
            EncodeQuery = (value, _) => Uri.EscapeDataString(value),
        };
        _rest = new RestClient(restOptions, configureSerialization: s => s.UseSystemTextJson(IncidentIoJson.Options));
        _rest.AddDefaultHeader(KnownHeaders.Authorization, $"Bearer {connection.ApiKey.Reveal()}");
        _rest.AddDefaultHeader(KnownHeaders.Accept, ContentType.Json);
    }

    public Uri BaseUrl { get; }

    /// <summary>
    /// Sends <paramref name="request"/> (retrying when its operation is safe to retry) and reads a
    /// <typeparamref name="T"/> from a 2xx body. Never throws for remote or transport failures;
    /// caller cancellation also comes back as an error with code <c>cancelled</c>.
    /// </summary>
    public async Task<ApiResponse<T>> SendAsync<T>(ApiRequest request, CancellationToken cancellationToken)
    {
        if (!StaysOnBaseUrl(request, out var target))
        {
            return Failure<T>(BaseUrlGuard.Refused(request, BaseUrl, target));
        }

        var attempts = 0;
        RestResponse response;
        try
        {
            var pipeline = request.Operation.SafeToRetry ? _retry : ResiliencePipeline<RestResponse>.Empty;
            response = await pipeline.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    return await _rest.ExecuteAsync(RestRequests.Build(request), token);
                },
                cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Failure<T>(TransportErrors.Cancelled(request, attempts));
        }

        // RestSharp reports a cancelled call as an aborted response rather than throwing.
        if (cancellationToken.IsCancellationRequested)
        {
            return Failure<T>(TransportErrors.Cancelled(request, attempts));
        }

        if (response.StatusCode == 0 || !response.IsSuccessStatusCode)
        {
            return Failure<T>(ApiErrorMapper.FromResponse(request, response, attempts, _options.AttemptTimeout));
        }

        return Read<T>(request, response, attempts);
    }

    public void Dispose() => _rest.Dispose();

    private bool StaysOnBaseUrl(ApiRequest request, out string target)
    {
        try
        {
            var uri = _rest.BuildUri(RestRequests.Build(request));
            target = uri.GetLeftPart(UriPartial.Path);
            return BaseUrlGuard.Contains(BaseUrl, uri);
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
                (T)(object)RawResponse.From(response), (int)response.StatusCode, ApiErrorMapper.RequestIdOf(response), attempts);
        }

        try
        {
            // An empty 2xx body reads as JSON null: fine for JsonElement, an error for a typed model.
            var body = string.IsNullOrWhiteSpace(response.Content) ? "null" : response.Content;
            var value = JsonSerializer.Deserialize<T>(body, IncidentIoJson.Options)
                ?? throw new JsonException("The body is empty.");
            return ApiResponse<T>.Success(value, (int)response.StatusCode, ApiErrorMapper.RequestIdOf(response), attempts);
        }
        catch (JsonException problem)
        {
            return Failure<T>(TransportErrors.InvalidBody(request, response, attempts, problem));
        }
    }

    private ApiResponse<T> Failure<T>(ActionError error) => ApiResponse<T>.Failure(SecretRedaction.Redact(error, _apiKey));
}
