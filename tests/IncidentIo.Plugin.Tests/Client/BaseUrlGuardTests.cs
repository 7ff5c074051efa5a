using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Tests.Support;
using RestSharp;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Client;

[TestFixture]
public sealed class BaseUrlGuardTests : StubFixture
{
    [TestCase("https://api.incident.io", "https://api.incident.io/v1/x", true)]
    [TestCase("https://proxy.example/incidentio", "https://proxy.example/incidentio/v1/x", true)]
    [TestCase("https://api.incident.io", "http://api.incident.io/v1/x", false)]
    [TestCase("https://api.incident.io", "https://api.incident.io:8443/v1/x", false)]
    [TestCase("https://api.incident.io", "https://evil.example/v1/x", false)]
    [TestCase("https://api.incident.io", "https://user@api.incident.io/v1/x", false)]
    [TestCase("https://proxy.example/incidentio", "https://proxy.example/other/v1/x", false)]
    [TestCase("https://proxy.example/incidentio", "https://proxy.example/incidentio-evil/v1/x", false)]
    [TestCase("https://proxy.example/incidentio/", "https://proxy.example/incidentio/v1/x", true)]
    [TestCase("http://127.0.0.1:8080", "http://127.0.0.1:8080/v1/x", true)]
    [TestCase("http://127.0.0.1:8080", "https://127.0.0.1:8080/v1/x", false)]
    [TestCase("https://127.0.0.1:8443", "http://127.0.0.1:8443/v1/x", false)]
    public void Contains_Target_IsTrueOnlyOnTheSameOriginUnderThePath(string baseUrl, string target, bool expected) =>
        Assert.That(BaseUrlGuard.Contains(new Uri(baseUrl), new Uri(target)), Is.EqualTo(expected));

    [Test]
    public void Contains_RelativeTarget_IsFalse() =>
        Assert.That(BaseUrlGuard.Contains(new Uri("https://api.incident.io"), new Uri("/v1/x", UriKind.Relative)), Is.False);

    [Test]
    public async Task SendAsync_RequestResolvingToAnotherHost_IsRefusedWithoutAnyRequest()
    {
        using var elsewhere = IncidentIoStub.Start();
        elsewhere.Returns("GET", "/*", 200, "{}");
        var operation = new ApiOperation(Method.Get, elsewhere.Url + "/v1/identity", "call the API", null, SafeToRetry: true);

        var response = await Clients.SendAsync<System.Text.Json.JsonElement>(Stub.Connection(), new ApiRequest(operation), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(response.Error!.Code, Is.EqualTo(ActionErrorCodes.ValidationFailed));
            Assert.That(response.Error.Message, Does.Contain("outside the connection's base_url"));
            Assert.That(elsewhere.RequestCount + Stub.RequestCount, Is.Zero);
        });
    }

    [Test]
    public void Refused_Request_NamesWhereItWouldGoAndThePathInOneDetail()
    {
        var request = new ApiRequest(IncidentIoOperations.ListSeverities);

        var error = BaseUrlGuard.Refused(request, new Uri("https://api.incident.io"), "https://evil.example/v1/x");

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.ValidationFailed));
            Assert.That(error.Message, Is.EqualTo(
                "Refused to list severities: the request would go to https://evil.example/v1/x, outside the connection's base_url https://api.incident.io/"));
            Assert.That(error.Hint, Is.EqualTo("The API key is only ever sent to base_url. Give a path relative to it, such as /v2/incidents."));
            Assert.That(error.HttpAttempts, Is.Zero);
            Assert.That(error.Retryable, Is.False);
            Assert.That(error.Details.Single(), Is.EqualTo(new ActionErrorDetail("/path", "leaves the connection's base_url (https://api.incident.io/)", "outside_base_url")));
        });
    }
}
