using System.Text.Json;
using IncidentIo.Plugin.Json;
using RestSharp;

namespace IncidentIo.Plugin.Client;

/// <summary>Turns an <see cref="ApiRequest"/> into a fresh RestSharp request (one per attempt).</summary>
internal static class RestRequests
{
    public static RestRequest Build(ApiRequest request)
    {
        var rest = new RestRequest(request.Operation.Path, request.Operation.Method);
        foreach (var (name, value) in request.PathParameters)
        {
            rest.AddUrlSegment(name, value, encode: true);
        }

        foreach (var (name, value) in request.Query)
        {
            rest.AddQueryParameter(name, value, encode: true);
        }

        if (request.Body is not null)
        {
            rest.AddStringBody(JsonSerializer.Serialize(request.Body, request.Body.GetType(), IncidentIoJson.Options), ContentType.Json);
        }

        return rest;
    }
}
