using System.Text.Json.Nodes;
using IncidentIo.Plugin.Actions.CreateIncident;
using IncidentIo.Plugin.Actions.UpdateIncident;
using IncidentIo.Plugin.Tests.Support;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Actions.Names;

// NameResolver, exercised through the two actions that use it.
[TestFixture]
public sealed class NameResolverTests : StubFixture
{
    [Test]
    public async Task ResolveAsync_KnownNamesAnyCase_BecomeEntriesBesideTheRawOnes()
    {
        NameBodies.Stub(Stub);
        Stub.Returns("POST", "/v2/incidents", 201, IncidentBodies.Show);

        await ActionRuns.OutputAsync(new CreateIncidentAction(Clients), Stub.Connection(), JsonNode.Parse("""
            {"name":"x","custom_fields":{"affected team":"platform","Customer impact":"Checkout fails","Services":["Product"],"Cost":12.5,"Owner":"team-payments"},
             "roles":{"Incident Lead":"alice@example.com","comms":"U123"},
             "custom_field_entries":[{"custom_field_id":"CF_RAW","values":[{"value_text":"raw"}]}]}
            """));

        var sent = Stub.Server.LogEntries.Last(e => e.RequestMessage!.Method == "POST").RequestMessage!.Json();
        var expectedEntries = JsonNode.Parse("""
            [{"custom_field_id":"CF_RAW","values":[{"value_text":"raw"}]},
             {"custom_field_id":"CF_TEAM","values":[{"value_option_id":"OPT_PLATFORM"}]},
             {"custom_field_id":"CF_IMPACT","values":[{"value_text":"Checkout fails"}]},
             {"custom_field_id":"CF_SERVICES","values":[{"value_option_id":"OPT_PRODUCT"}]},
             {"custom_field_id":"CF_COST","values":[{"value_numeric":"12.5"}]},
             {"custom_field_id":"CF_OWNER","values":[{"value_catalog_entry_id":"team-payments"}]}]
            """);
        var expectedRoles = JsonNode.Parse("""
            [{"incident_role_id":"ROLE_LEAD","assignee":{"email":"alice@example.com"}},{"incident_role_id":"ROLE_COMMS","assignee":{"id":"U123"}}]
            """);
        Assert.Multiple(() =>
        {
            Assert.That(JsonNode.DeepEquals(sent["custom_field_entries"], expectedEntries), Is.True, sent["custom_field_entries"]!.ToJsonString());
            Assert.That(JsonNode.DeepEquals(sent["incident_role_assignments"], expectedRoles), Is.True, sent["incident_role_assignments"]!.ToJsonString());
            Assert.That(sent.AsObject().ContainsKey("custom_fields") || sent.AsObject().ContainsKey("roles"), Is.False);
        });
    }

    [Test]
    public async Task ResolveAsync_UnknownNames_OneDetailEachWithTheClosestNamesAndNoWrite()
    {
        NameBodies.Stub(Stub);

        var error = await ActionRuns.ErrorAsync(new UpdateIncidentAction(Clients), Stub.Connection(), JsonNode.Parse("""
            {"incident_id":"INC-1","custom_fields":{"Afected Team":"Platform","Affected Team":"Platfrom","Cost":"lots","a/b":"x"},"roles":{"Incident Led":"alice@example.com"}}
            """));

        var details = error.Details.ToDictionary(d => d.Field!, d => d.Message);
        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.ValidationFailed));
            Assert.That(details.Keys, Is.EquivalentTo(new[] { "/custom_fields/Afected Team", "/custom_fields/Affected Team", "/custom_fields/Cost", "/custom_fields/a~1b", "/roles/Incident Led" }));
            Assert.That(details["/custom_fields/Afected Team"], Does.Contain("did you mean \"Affected Team\""));
            Assert.That(details["/custom_fields/Affected Team"], Does.Contain("did you mean \"Platform\""));
            Assert.That(details["/roles/Incident Led"], Does.Contain("did you mean \"Incident Lead\""));
            Assert.That(Stub.Server.LogEntries.Any(e => e.RequestMessage!.Method == "POST"), Is.False);
        });
    }

    [Test]
    public async Task ResolveAsync_NameAlsoGivenById_IsADuplicate()
    {
        NameBodies.Stub(Stub);

        var error = await ActionRuns.ErrorAsync(new CreateIncidentAction(Clients), Stub.Connection(), JsonNode.Parse("""
            {"name":"x","roles":{"Incident Lead":"alice@example.com"},"incident_role_assignments":[{"incident_role_id":"ROLE_LEAD","assignee":{"id":"U1"}}]}
            """));

        Assert.That(error.Details.Single().Code, Is.EqualTo("duplicate"));
    }

    [Test]
    public async Task ResolveAsync_LookupForbidden_ReturnsThatErrorWithoutWriting()
    {
        Stub.Returns("GET", "/v2/incident_roles", 403, IncidentIoErrorBodies.Of("authorization_error", 403, "insufficient_permissions", "no"));

        var error = await ActionRuns.ErrorAsync(new CreateIncidentAction(Clients), Stub.Connection(), new { name = "x", roles = new Dictionary<string, string> { ["Incident Lead"] = "a@b.c" } });

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.Forbidden));
            Assert.That(error.Message, Does.Contain("view incident roles"));
            Assert.That(Stub.RequestCount, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task ResolveAsync_NoNames_MakesNoLookup()
    {
        Stub.Returns("POST", "/v2/incidents/*/actions/edit", 200, IncidentBodies.Show);

        await ActionRuns.OutputAsync(new UpdateIncidentAction(Clients), Stub.Connection(), new { incident_id = "INC-1", name = "x" });

        Assert.That(Stub.RequestCount, Is.EqualTo(1));
    }
}
