using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Serving;

public class ConnectionEndpointsTests
{
    private const string Key = "sk_live_page_entered_key_123";
    private const string SaveKey = """{"plugin": "incidentio", "values": {"api_key": "sk_live_page_entered_key_123"}}""";

    [Test]
    public async Task Get_NothingSaved_FieldsFromPluginJsonNoneSet()
    {
        await using var host = await BuilderHost.StartAsync();

        var (status, body) = await host.GetAsync("/api/connection");

        Assert.That(status, Is.EqualTo(200));
        var fields = body["plugins"]![0]!["fields"]!.AsArray();
        Assert.That(fields.Select(f => $"{f!["name"]}:{f["secret"]}:{f["set"]}"), Is.EquivalentTo(Seq.Of("api_key:true:false", "alert_source_token:true:false", "base_url:false:false", "webhook_signing_secret:true:false")));
        Assert.That(body["plugins"]![0]!["test_action"]!.GetValue<string>(), Is.EqualTo("incidentio.test_connection"));
    }

    [Test]
    public async Task Put_ApiKey_SetButNeverSentBack()
    {
        await using var host = await BuilderHost.StartAsync();

        var (status, body) = await host.PutAsync("/api/connection", SaveKey);
        var (_, after) = await host.GetAsync("/api/connection");

        Assert.That(status, Is.EqualTo(200));
        Assert.That(body.ToJsonString() + after.ToJsonString(), Does.Not.Contain(Key));
        Assert.That(after["plugins"]![0]!["fields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "api_key")!["set"]!.GetValue<bool>(), Is.True);
    }

    [Test]
    public async Task Put_WrongKey_BeatsTheSimulatorsKeySoRunsGet401WithoutTheKey()
    {
        await using var host = await BuilderHost.StartAsync();
        await host.PutAsync("/api/connection", SaveKey);

        var (status, body) = await host.PostAsync("/api/actions/incidentio.list_severities/run", "{}");

        Assert.That(status, Is.EqualTo(502));
        Assert.That(body["error"]!["http_status"]!.GetValue<int>(), Is.EqualTo(401));
        Assert.That(body["error"]!["details"]![0]!["message"]!.GetValue<string>(), Is.EqualTo("The API key provided is not valid"));
        Assert.That(body.ToJsonString(), Does.Not.Contain(Key));
    }

    [Test]
    public async Task Put_EmptyValues_ClearsThePagesValues()
    {
        await using var host = await BuilderHost.StartAsync();
        await host.PutAsync("/api/connection", SaveKey);

        await host.PutAsync("/api/connection", """{"plugin": "incidentio", "values": {"api_key": ""}}""");
        var (status, _) = await host.PostAsync("/api/actions/incidentio.list_severities/run", "{}");

        Assert.That(status, Is.EqualTo(200), "the simulator's key again");
    }

    [Test]
    public async Task Put_UnknownFieldOrPlugin_422WithPointers()
    {
        await using var host = await BuilderHost.StartAsync();

        var (fieldStatus, field) = await host.PutAsync("/api/connection", """{"plugin": "incidentio", "values": {"token": "x", "base_url": 3}}""");
        var (pluginStatus, plugin) = await host.PutAsync("/api/connection", """{"plugin": "nope", "values": {}}""");

        Assert.That((fieldStatus, pluginStatus), Is.EqualTo((422, 422)));
        Assert.That(field["error"]!["details"]!.AsArray().Select(d => d!["field"]!.GetValue<string>()), Is.EqualTo(Seq.Of("/values/token", "/values/base_url")));
        Assert.That(plugin["error"]!["details"]![0]!["field"]!.GetValue<string>(), Is.EqualTo("/plugin"));
    }
}
