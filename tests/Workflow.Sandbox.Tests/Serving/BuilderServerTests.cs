using Workflow.Sandbox.Serving;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Serving;

public class BuilderServerTests : BuilderHostFixture
{
    protected override bool Simulate => false;

    [Test]
    public void Url_Loopback()
    {
        Assert.That(Host.Server.Url, Does.StartWith("http://127.0.0.1:").And.EndWith("/"));
    }

    [Test]
    public async Task Page_Served_WithAStrictContentSecurityPolicy()
    {
        using var response = await Host.Client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("<script type=\"module\" src=\"app.js\">"));
        Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("script-src 'self'").And.Contain("default-src 'none'"));
    }

    [Test]
    public async Task Request_ForeignHostName_400()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/actions", UriKind.Relative));
        request.Headers.Host = "attacker.example";

        using var response = await Host.Client.SendAsync(request);

        Assert.That((int)response.StatusCode, Is.EqualTo(400), "DNS rebinding: only loopback host names are served");
    }

    [Test]
    public async Task Post_NotJson_415()
    {
        var (status, text) = await Host.SendRawAsync(HttpMethod.Post, "/api/actions/incidentio.list_severities/run", "{}", "text/plain");

        Assert.That(status, Is.EqualTo(415), "a cross-origin form post cannot send application/json without a preflight");
        Assert.That(text, Does.Contain("invalid_json"));
    }

    [Test]
    public async Task Post_BrokenJson_400Structured()
    {
        var (status, text) = await Host.SendRawAsync(HttpMethod.Post, "/api/actions/incidentio.list_severities/run", "{nope", "application/json");

        Assert.That(status, Is.EqualTo(400));
        Assert.That(text, Does.Contain("\"code\": \"invalid_json\""));
    }

    [Test]
    public async Task Post_MemberNamedTwice_400NamingItNot500()
    {
        var (status, text) = await Host.SendRawAsync(HttpMethod.Post, "/api/actions/incidentio.get_incident/run", """{"incident_id":"a","incident_id":"b"}""", "application/json");

        Assert.That(status, Is.EqualTo(400));
        Assert.That(text, Does.Contain("\"code\": \"invalid_json\"").And.Contain("The member 'incident_id' is named twice in the object at the top level"));
    }

    [Test]
    public async Task Post_InvalidUtf8_400NamingTheByteOffset()
    {
        using var content = new ByteArrayContent([.. """{"name":"x"""u8, 0xFF, .. "\"}"u8]);
        content.Headers.ContentType = new("application/json");

        using var response = await Host.Client.PostAsync(new Uri("/api/actions/incidentio.list_severities/run", UriKind.Relative), content);
        var text = await response.Content.ReadAsStringAsync();

        Assert.That((int)response.StatusCode, Is.EqualTo(400));
        Assert.That(text, Does.Contain("\"code\": \"invalid_json\"").And.Contain("is not valid UTF-8: byte 0xFF at byte offset 10"));
    }

    [Test]
    public async Task UnknownApiRoute_404Json()
    {
        var (status, body) = await Host.GetAsync("/api/nothing");

        Assert.That(status, Is.EqualTo(404));
        Assert.That(body["error"]!["code"]!.GetValue<string>(), Is.EqualTo("not_found"));
    }

    [Test]
    public void StaticAssets_PageAndScriptsEmbedded()
    {
        Assert.That(StaticAssets.Names(), Is.SupersetOf(Seq.Of("index.html", "app.js", "form.js", "widgets.js", "api.js", "app.css")));
    }
}
