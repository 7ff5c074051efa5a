using IncidentIo.Simulator.Tests.Support;

namespace IncidentIo.Simulator.Tests.Auth;

[TestFixture]
public sealed class RequiredPermissionTests
{
    private const string AlertsBlindKey = "alerts-blind-key";

    [Test]
    public async Task Scope_LimitedKeyListsSeverities_Returns403NamingTheScope()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var limited = harness.ClientWith(SimulatorHarness.LimitedKey);

        using var response = await limited.GetAsync(new Uri("/v1/severities", UriKind.Relative));

        var body = await ErrorBody.AssertAsync(response, 403, "authorization_error");
        Assert.That(((string?)body.Code(), (string?)body["errors"]![0]!["message"]),
            Is.EqualTo(("insufficient_permissions", "The API key 'Sandbox limited key' does not have the 'severities.view' scope needed for this request")));
    }

    [Test]
    public async Task Scope_LimitedKeyWithCreatorRole_CanCreate()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var limited = harness.ClientWith(SimulatorHarness.LimitedKey);

        using var response = await limited.PostAsync(new Uri("/v2/incidents", UriKind.Relative),
            System.Net.Http.Json.JsonContent.Create(SimulatorHarness.Payload("limited-1")));

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
    }

    [TestCase("/v1/severities", 200)]
    [TestCase("/v2/alerts?page_size=1", 403)]
    [TestCase("/v2/schedules?page_size=1", 403)]
    public async Task Scope_KeyGrantedExactScopes_AnswersByScopeNotRole(string path, int status)
    {
        await using var harness = await SimulatorHarness.StartAsync(extraKeys:
        [
            new SimulatorApiKey { Key = AlertsBlindKey, Name = "Severities only", Roles = ["viewer"], Scopes = ["severities.view"] },
        ]);
        using var client = harness.ClientWith(AlertsBlindKey);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.That((int)response.StatusCode, Is.EqualTo(status));
    }

    [Test]
    public async Task Scope_ExtraKeyWithoutScopes_GetsWhatItsRolesGrant()
    {
        await using var harness = await SimulatorHarness.StartAsync(extraKeys: [new SimulatorApiKey { Key = AlertsBlindKey, Roles = ["viewer"] }]);
        using var client = harness.ClientWith(AlertsBlindKey);

        using var read = await client.GetAsync(new Uri("/v2/alerts?page_size=1", UriKind.Relative));
        using var write = await client.PostAsync(new Uri("/v2/follow_ups", UriKind.Relative),
            System.Net.Http.Json.JsonContent.Create(new { incident_id = "x", title = "t" }));

        Assert.That(((int)read.StatusCode, (int)write.StatusCode), Is.EqualTo((200, 403)));
    }

    [Test]
    public async Task Role_LimitedKeyEditsAnIncident_Returns403NamingTheRole()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        var incident = await harness.CreateAsync(SimulatorHarness.Payload("edit-role-1"));
        using var limited = harness.ClientWith(SimulatorHarness.LimitedKey);

        using var response = await limited.PostAsync(new Uri($"/v2/incidents/{incident["id"]}/actions/edit", UriKind.Relative),
            System.Net.Http.Json.JsonContent.Create(new { incident = new { name = "x" }, notify_incident_channel = false }));

        var body = await ErrorBody.AssertAsync(response, 403, "authorization_error");
        Assert.That((string?)body["errors"]![0]!["message"], Does.Contain("'incident_editor' role"));
    }
}
