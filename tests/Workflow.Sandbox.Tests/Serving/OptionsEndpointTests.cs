using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Serving;

public class OptionsEndpointTests : BuilderHostFixture
{
    [Test]
    public async Task Options_Severity_FromTheSimulatorSortedByRankWithTheRank()
    {
        var (status, body) = await Host.PostAsync("/api/actions/incidentio.create_incident/options/severity_id", "{}");

        Assert.That(status, Is.EqualTo(200), body.ToJsonString());
        var options = body["options"]!.AsArray();
        Assert.That(options.Select(o => $"{o!["label"]}:{o["sort_value"]}"), Is.EqualTo(Seq.Of("Minor:1", "Major:2", "Critical:3")));
        Assert.That(body["source"]!.GetValue<string>(), Is.EqualTo("from incidentio.list_severities"));
    }

    [Test]
    public async Task Options_Status_GroupedByCategoryLabelExcludedLeftOut()
    {
        var (_, body) = await Host.PostAsync("/api/actions/incidentio.create_incident/options/incident_status_id", "{}");

        var groups = body["options"]!.AsArray().Select(o => o!["group"]!.GetValue<string>()).Distinct();
        Assert.That(groups, Is.EqualTo(Seq.Of("Triage", "Active", "Post-incident", "Closed")));
    }

    [Test]
    public async Task Options_CustomFieldValue_ReloadWithTheChosenField()
    {
        var (status, service) = await Host.PostAsync("/api/actions/incidentio.set_custom_field/options/value_option_id", """{"custom_field_id":"01HQ5SAFSVC0000000000000F1"}""");
        var (_, team) = await Host.PostAsync("/api/actions/incidentio.set_custom_field/options/value_option_id", """{"custom_field_id":"01HQ5STCPM5Q1NXW1RNJ47E65G"}""");

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(200), service.ToJsonString());
            Assert.That(service["options"]!.AsArray().Select(o => $"{o!["label"]}={o["value"]}"),
                Is.EqualTo(Seq.Of("Checkout=01HQ5SAFSVC0000000000000C1", "Payments=01HQ5SAFSVC0000000000000C2", "Search=01HQ5SAFSVC0000000000000C3")));
            Assert.That(team["options"]!.AsArray().Select(o => o!["label"]!.GetValue<string>()), Is.EqualTo(Seq.Of("Product", "Platform")));
        });
    }

    [Test]
    public async Task Options_Enum_LabelledWithoutRunningAnything()
    {
        var (_, body) = await Host.PostAsync("/api/actions/incidentio.create_incident/options/mode", "{}");

        Assert.That(body["source"]!.GetValue<string>(), Is.EqualTo("enum"));
        Assert.That(body["options"]![1]!["label"]!.GetValue<string>(), Is.EqualTo("Retrospective (import)"));
    }

    [Test]
    public async Task Options_FreeField_422()
    {
        var (status, body) = await Host.PostAsync("/api/actions/incidentio.create_incident/options/name", "{}");

        Assert.That(status, Is.EqualTo(422));
        Assert.That(body["error"]!["message"]!.GetValue<string>(), Does.Contain("free field"));
    }

    [Test]
    public async Task Options_DependencyMissing_422NamingIt()
    {
        await using var fixtures = await BuilderHost.StartAsync(TestPaths.FixturePlugins, simulate: false);

        var (status, body) = await fixtures.PostAsync("/api/actions/sample.paint/options/shade_id", "{}");

        Assert.That(status, Is.EqualTo(422));
        Assert.That(body["error"]!["code"]!.GetValue<string>(), Is.EqualTo("missing_dependency"));
        Assert.That(body["error"]!["message"]!.GetValue<string>(), Does.Contain("depend on family"));
    }

    [Test]
    public async Task Options_DependencyGiven_TheBodyFeedsTheParameters()
    {
        await using var fixtures = await BuilderHost.StartAsync(TestPaths.FixturePlugins, simulate: false);

        var (status, body) = await fixtures.PostAsync("/api/actions/sample.paint/options/shade_id", """{"family": "cool"}""");

        Assert.That(status, Is.EqualTo(200), body.ToJsonString());
        Assert.That(body["options"]!.AsArray().Select(o => o!["value"]!.GetValue<string>()), Is.EqualTo(Seq.Of("blue", "teal")));
    }
}
