using IncidentIo.Plugin.Actions.CallApi;
using IncidentIo.Plugin.Tests.Support;

namespace IncidentIo.Plugin.Tests.Reliability;

// R3 inside the plugin: a server that echoes the Authorization header must not put the key into call_api's
// output, even under a host that does not mask (the sandbox's masker is a second line, not the only one).
[TestFixture]
public sealed class CallApiEchoTests : StubFixture
{
    [Test]
    public async Task CallApi_ServerEchoesTheKeyInBodyAndHeader_OutputHasItMasked()
    {
        Stub.Returns("GET", "/v1/echo", 200, $$"""{"authorization":"Bearer {{IncidentIoStub.ApiKey}}","note":"ok"}""",
            ("Content-Type", "application/json"), ("X-RateLimit-Limit", IncidentIoStub.ApiKey));

        var output = await ActionRuns.OutputAsync(new CallApiAction(Clients), Stub.Connection(), new { method = "GET", path = "/v1/echo" });

        Assert.Multiple(() =>
        {
            Assert.That(output.ToJsonString(), Does.Not.Contain(IncidentIoStub.ApiKey));
            Assert.That((string?)output["body"]!["authorization"], Is.EqualTo("Bearer ********"));
            Assert.That((string?)output["body"]!["note"], Is.EqualTo("ok"), "the rest of the body is untouched");
        });
    }

    [Test]
    public async Task CallApi_ErrorBodyEchoesTheKey_ErrorHasItMasked()
    {
        Stub.Returns("GET", "/v1/echo", 400, $$$"""{"type":"bad","errors":[{"code":"x","message":"you sent {{{IncidentIoStub.ApiKey}}}","source":{"field":"{{{IncidentIoStub.ApiKey}}}"}}]}""");

        var error = await ActionRuns.ErrorAsync(new CallApiAction(Clients), Stub.Connection(), new { method = "GET", path = "/v1/echo" });

        Assert.That(System.Text.Json.JsonSerializer.Serialize(error), Does.Not.Contain(IncidentIoStub.ApiKey));
    }
}
