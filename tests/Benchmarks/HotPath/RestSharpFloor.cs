using RestSharp;

namespace Benchmarks.HotPath;

/// <summary>
/// The kept HTTP library on its own: one RestClient set up as the plugin sets it up (same options and default
/// headers), executing the same GET. What the plugin adds over this is its own code; what this adds over the raw
/// HttpClient GET is RestSharp's.
/// </summary>
internal sealed class RestSharpFloor : IDisposable
{
    private readonly RestClient _client;
    private readonly string _path;

    public RestSharpFloor(string baseUrl, string apiKey, string incidentId)
    {
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

    public void Dispose() => _client.Dispose();
}
