using RestSharp;

namespace Benchmarks.HotPath;

/// <summary>
/// The kept HTTP library on its own: one RestClient set up as the plugin sets it up (same options and default
/// headers), executing the same GET. What the plugin adds over this is its own code; what this adds over the raw
/// HttpClient GET is RestSharp's. <see cref="GetAsync"/> lets RestSharp read the body (to a byte array and a string);
/// <see cref="GetStreamedAsync"/> reads it as the plugin does (issue 13): the model straight from the buffered response
/// stream in an <c>AdvancedResponseWriter</c>, keeping status and headers.
/// </summary>
internal sealed class RestSharpFloor : IDisposable
{
    private readonly RestClient _client;
    private readonly string _path;
    private readonly Func<HttpResponseMessage, RestRequest, RestResponse> _streamed;

    public RestSharpFloor(string baseUrl, string apiKey, string incidentId, Func<Stream, object?> readModel)
    {
        _streamed = (message, request) =>
        {
            using var body = message.Content.ReadAsStream();
            return new RestResponse<object>(request)
            {
                StatusCode = message.StatusCode,
                IsSuccessStatusCode = message.IsSuccessStatusCode,
                ResponseStatus = ResponseStatus.Completed,
                Data = message.IsSuccessStatusCode ? readModel(body) : null,
            };
        };
        _client = new RestClient(new RestClientOptions(baseUrl)
        {
            CalculateResponseStatus = _ => ResponseStatus.Completed,
            FollowRedirects = false,
            EncodeQuery = (value, _) => Uri.EscapeDataString(value),
        });
        _client.AddDefaultHeader(KnownHeaders.Authorization, $"Bearer {apiKey}");
        _client.AddDefaultHeader(KnownHeaders.Accept, ContentType.Json);
        _path = $"/v2/incidents/{incidentId}";
    }

    public async Task GetAsync(CancellationToken cancellationToken)
    {
        var response = await _client.ExecuteAsync(new RestRequest(_path), cancellationToken);
        if (!response.IsSuccessStatusCode || response.Content is null)
        {
            throw new InvalidOperationException($"RestSharp GET failed: {(int)response.StatusCode}");
        }
    }

    public async Task GetStreamedAsync(CancellationToken cancellationToken)
    {
        var response = await _client.ExecuteAsync(new RestRequest(_path) { AdvancedResponseWriter = _streamed }, cancellationToken);
        if (response is not RestResponse<object> { IsSuccessStatusCode: true, Data: not null })
        {
            throw new InvalidOperationException($"RestSharp streamed GET failed: {(int)response.StatusCode}");
        }
    }

    public void Dispose() => _client.Dispose();
}
