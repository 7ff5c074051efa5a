using System.Text.Json;
using IncidentIo.Plugin.Actions.CallApi;
using RestSharp;

namespace IncidentIo.Plugin.Tests.Actions.CallApi;

[TestFixture]
public sealed class CallApiInputTests
{
    [Test]
    public void TryRead_MethodLeftOut_IsAGetThatMayBeRetried()
    {
        var read = CallApiInput.TryRead(Json("""{"path":"/v2/incidents"}"""), out var request, out var error);

        Assert.That(read, Is.True, () => error!.Message);
        Assert.That(
            (request!.Operation.Method, request.Operation.Phrase, request.Operation.SafeToRetry, request.Subject),
            Is.EqualTo((Method.Get, "call GET /v2/incidents", true, "resource at /v2/incidents")));
    }

    [TestCase(false, false)]
    [TestCase(true, true)]
    public void TryRead_LowerCaseWrite_NamedInCapitalsRetriedOnlyWhenTheBuilderSaysSo(bool retryUnsafe, bool expected)
    {
        var input = Json($$"""{"method":"post","path":"/v2/follow_ups","body":{"title":"t"},"retry_unsafe":{{(retryUnsafe ? "true" : "false")}}}""");

        CallApiInput.TryRead(input, out var request, out _);

        Assert.That((request!.Operation.Method, request.Operation.Phrase, request.Operation.SafeToRetry), Is.EqualTo((Method.Post, "call POST /v2/follow_ups", expected)));
    }

    [Test]
    public void TryRead_UnknownMethodAndBadPath_OneDetailEachInOneError()
    {
        var read = CallApiInput.TryRead(Json("""{"method":"FETCH","path":"v2/incidents"}"""), out _, out var error);

        Assert.That(read, Is.False);
        Assert.Multiple(() =>
        {
            Assert.That(error!.Details!.Select(d => (d.Field, d.Code)), Is.EqualTo(new[] { ("/method", "invalid_value"), ("/path", "invalid_path") }));
            Assert.That(error.Message, Does.StartWith("Invalid call_api input: /method must be one of GET, POST, PUT, PATCH, DELETE; /path "));
        });
    }

    [Test]
    public void TryRead_PathLeftOut_RefusedAsNotStartingWithAVersion()
    {
        var read = CallApiInput.TryRead(Json("{}"), out _, out var error);

        Assert.That(read, Is.False);
        Assert.That(
            error!.Details!.Select(d => (d.Field, d.Message, d.Code)),
            Is.EqualTo(new[] { ("/path", "must start with an API version, /v1/, /v2/, …", "invalid_path") }));
    }

    [Test]
    public void TryRead_GetWithABody_RefusedAtTheBody()
    {
        CallApiInput.TryRead(Json("""{"path":"/v2/incidents","body":{"a":1}}"""), out _, out var error);

        Assert.That(error!.Details!.Select(d => (d.Field, d.Message, d.Code)), Is.EqualTo(new[] { ("/body", "a GET request has no body", "not_allowed") }));
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
