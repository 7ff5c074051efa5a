using System.Text.Json;
using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Client.Errors;
using IncidentIo.Plugin.Tests.Support;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Client.Errors;

// The API key must never show up in an error, whichever path produced it.
[TestFixture]
public sealed class SecretRedactionTests : StubFixture
{
    private static readonly string EchoedKey = JsonSerializer.Serialize($"Bearer {IncidentIoStub.ApiKey} is not valid");

    private static IEnumerable<TestCaseData> ErrorResponses()
    {
        foreach (var status in new[] { 400, 401, 403, 404, 409, 418, 422, 429, 500, 503 })
        {
            yield return new TestCaseData(status, IncidentIoErrorBodies.Of("some_error", status, "code", "problem")).SetArgDisplayNames($"{status}");
            yield return new TestCaseData(status, $$$"""
                {"type":"x","request_id":"{{{IncidentIoStub.ApiKey}}}","errors":[{"code":"{{{IncidentIoStub.ApiKey}}}","message":{{{EchoedKey}}},"source":{"field":"{{{IncidentIoStub.ApiKey}}}"}}]}
                """).SetArgDisplayNames($"{status} echoing the key");
        }

        yield return new TestCaseData(200, $"not json {IncidentIoStub.ApiKey}").SetArgDisplayNames("200 unreadable, echoing the key");
        yield return new TestCaseData(502, $"<html>{IncidentIoStub.ApiKey}</html>").SetArgDisplayNames("502 html echoing the key");
    }

    [TestCaseSource(nameof(ErrorResponses))]
    public async Task Redact_AnyErrorResponse_NeverContainsTheKey(int status, string body)
    {
        Stub.Returns("GET", "/v1/severities", status, body);

        var error = (await ListSeveritiesAsync()).Error;

        Assert.That(error, Is.Not.Null);
        Assert.That(JsonSerializer.Serialize(error), Does.Not.Contain(IncidentIoStub.ApiKey));
    }

    [Test]
    public async Task Redact_TransportFailuresAndConfiguration_NeverContainTheKey()
    {
        var errors = new List<ActionError?>
        {
            (await Clients.SendAsync<JsonElement>(Connections.To(IncidentIoStub.ClosedPortUrl(), IncidentIoStub.ApiKey),
                new ApiRequest(IncidentIoOperations.ListSeverities), CancellationToken.None)).Error,
            (await Clients.SendAsync<JsonElement>(Connections.To($"not a url {IncidentIoStub.ApiKey}", IncidentIoStub.ApiKey),
                new ApiRequest(IncidentIoOperations.ListSeverities), CancellationToken.None)).Error,
            (await ListSeveritiesAsync(new CancellationToken(canceled: true))).Error,
        };

        Assert.That(errors, Has.None.Null);
        Assert.That(JsonSerializer.Serialize(errors), Does.Not.Contain(IncidentIoStub.ApiKey));
    }

    [Test]
    public void Redact_KeyInEveryText_IsMasked()
    {
        var key = new SecretValue("k-123");
        var error = new ActionError
        {
            Code = "c",
            Message = "m k-123",
            Hint = "h k-123",
            RequestId = "k-123",
            RemoteType = "k-123",
            Details = [new ActionErrorDetail("k-123", "k-123", "k-123")],
        };

        var redacted = SecretRedaction.Redact(error, key);

        Assert.That(JsonSerializer.Serialize(redacted), Does.Not.Contain("k-123").And.Contain(SecretValue.Mask));
    }

    [Test]
    public void Redact_EmptySecret_LeavesTheErrorAsItIs()
    {
        // A connection without an api_key still fails with an error; there is nothing to mask (and an empty string
        // cannot be searched for).
        var error = new ActionError
        {
            Code = "c",
            Message = "m",
            Hint = "h",
            Details = [new ActionErrorDetail("/f", "d", "x")],
        };

        Assert.That(SecretRedaction.Redact(error, new SecretValue("")), Is.SameAs(error));
    }
}
