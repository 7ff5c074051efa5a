using System.Net;
using IncidentIo.Plugin.Client;
using RestSharp;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Client;

/// <summary>call_api's output: the answer as sent, with the API key masked wherever the server echoed it.</summary>
[TestFixture]
public sealed class RawResponseTests
{
    private const string Key = "key-abc-123";

    [Test]
    public void From_KeyEchoedInBodyAndHeaders_MaskedEverywhere()
    {
        var raw = RawResponse.From(Response($"{{\"echo\":\"Bearer {Key}\"}}", ("X-Echo", $"Bearer {Key}")), new SecretValue(Key));

        Assert.Multiple(() =>
        {
            Assert.That(raw.Content, Is.EqualTo($"{{\"echo\":\"Bearer {SecretValue.Mask}\"}}"));
            Assert.That(raw.Headers, Is.EqualTo(new[]
            {
                new KeyValuePair<string, string>("X-Echo", $"Bearer {SecretValue.Mask}"),
                new KeyValuePair<string, string>("Content-Type", "application/json"),
            }));
            Assert.That((raw.Status, raw.ContentType), Is.EqualTo((418, "application/json")));
        });
    }

    [Test]
    public void From_EmptyKey_EverythingAsSent()
    {
        var raw = RawResponse.From(Response("{\"a\":1}", ("X-A", "b")), new SecretValue(""));

        Assert.Multiple(() =>
        {
            Assert.That(raw.Content, Is.EqualTo("{\"a\":1}"));
            Assert.That(raw.Headers[0], Is.EqualTo(new KeyValuePair<string, string>("X-A", "b")));
        });
    }

    [Test]
    public void From_NoContentNoHeaders_NothingInvented()
    {
        var raw = RawResponse.From(new RestResponse(new RestRequest()) { StatusCode = HttpStatusCode.NoContent }, new SecretValue(Key));

        Assert.That((raw.Status, raw.Content, raw.ContentType, raw.Headers.Count), Is.EqualTo((204, (string?)null, (string?)null, 0)));
    }

    private static RestResponse Response(string content, params (string Name, string Value)[] headers) => new(new RestRequest())
    {
        StatusCode = (HttpStatusCode)418,
        Content = content,
        ContentType = "application/json",
        Headers = [.. headers.Select(h => new HeaderParameter(h.Name, h.Value))],
        ContentHeaders = [new HeaderParameter("Content-Type", "application/json")],
    };
}
