using System.Text.Json.Nodes;
using IncidentIo.Plugin.Actions.CreateIncident;
using IncidentIo.Plugin.Actions.Names;
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
            Assert.That(details["/custom_fields/Cost"], Is.EqualTo("\"Cost\" is a number field; \"lots\" is not a number"));
            Assert.That(error.Details.Single(d => d.Field == "/custom_fields/Cost").Code, Is.EqualTo("invalid_value"));
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

        var detail = error.Details.Single();
        Assert.That(
            (detail.Field, detail.Message, detail.Code),
            Is.EqualTo(("/roles/Incident Lead", "\"Incident Lead\" is also given in incident_role_assignments; give it once", "duplicate")));
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
    public async Task ResolveAsync_CustomFieldsNamedTwice_IsValidationFailedWithoutARequest()
    {
        using var input = System.Text.Json.JsonDocument.Parse("""{"incident_id":"INC-1","custom_fields":{"Team":"a"},"custom_fields":{"Team":"b"}}""");

        var error = await ActionRuns.ErrorAsync(new UpdateIncidentAction(Clients), Stub.Connection(), input.RootElement);

        Assert.Multiple(() =>
        {
            Assert.That((error.Code, error.Message), Is.EqualTo((ActionErrorCodes.ValidationFailed, "The input names the member 'custom_fields' twice in one object; give it once")));
            Assert.That(error.Details, Is.EqualTo(new[] { new ActionErrorDetail("", "names 'custom_fields' twice in one object", "duplicate_member") }));
            Assert.That(Stub.RequestCount, Is.EqualTo(0));
        });
    }

    [Test]
    public async Task ResolveAsync_NoNames_MakesNoLookup()
    {
        Stub.Returns("POST", "/v2/incidents/*/actions/edit", 200, IncidentBodies.Show);

        await ActionRuns.OutputAsync(new UpdateIncidentAction(Clients), Stub.Connection(), new { incident_id = "INC-1", name = "x" });

        Assert.That(Stub.RequestCount, Is.EqualTo(1));
    }

    [Test]
    public async Task ResolveAsync_UnknownNames_MessageListsEachPointerWithItsReason()
    {
        NameBodies.Stub(Stub);

        var error = await ActionRuns.ErrorAsync(new CreateIncidentAction(Clients), Stub.Connection(), JsonNode.Parse("""
            {"name":"x","custom_fields":{"Zebra":"x","Affected Team":"Zebra"},"roles":{"Zebra":"alice@example.com"}}
            """));

        const string field = "no custom field is named \"Zebra\"; known: \"Affected Team\", \"Customer impact\", \"Services\", \"Cost\", \"Owner\"";
        const string option = "\"Affected Team\" has no option \"Zebra\"; known: \"Product\", \"Platform\"";
        const string role = "no incident role is named \"Zebra\"; known: \"Incident Lead\", \"Communications\"";
        Assert.Multiple(() =>
        {
            Assert.That(
                error.Details.Select(d => (d.Field, d.Message, d.Code)),
                Is.EqualTo(new[] { ("/custom_fields/Zebra", field, "unknown_name"), ("/custom_fields/Affected Team", option, "unknown_name"), ("/roles/Zebra", role, "unknown_name") }));
            Assert.That(error.Message, Is.EqualTo($"Unknown names: /custom_fields/Zebra {field}; /custom_fields/Affected Team {option}; /roles/Zebra {role}"));
        });
    }

    [Test]
    public async Task ResolveAsync_FieldAlsoGivenInCustomFieldEntries_OneDuplicateDetailAndItsValueUnread()
    {
        NameBodies.Stub(Stub);

        // The by-name value is not text either: once the field is a duplicate its value is not looked at.
        var error = await ActionRuns.ErrorAsync(new CreateIncidentAction(Clients), Stub.Connection(), JsonNode.Parse("""
            {"name":"x","custom_fields":{"Affected Team":true},"custom_field_entries":[{"custom_field_id":"CF_TEAM","values":[]}]}
            """));

        var detail = error.Details.Single();
        Assert.That(
            (detail.Field, detail.Message, detail.Code),
            Is.EqualTo(("/custom_fields/Affected Team", "\"Affected Team\" is also given in custom_field_entries; give it once", "duplicate")));
    }

    [Test]
    public async Task ResolveAsync_ValueOrPersonNotText_InvalidTypeDetails()
    {
        NameBodies.Stub(Stub);

        var error = await ActionRuns.ErrorAsync(new CreateIncidentAction(Clients), Stub.Connection(), JsonNode.Parse("""
            {"name":"x","custom_fields":{"Customer impact":true},"roles":{"Incident Lead":42}}
            """));

        Assert.That(
            error.Details.Select(d => (d.Field, d.Message, d.Code)),
            Is.EqualTo(new[]
            {
                ("/custom_fields/Customer impact", "must be text, a number, a list of them, or null to clear the field", "invalid_type"),
                ("/roles/Incident Lead", "must be the person's email address or incident.io user id", "invalid_type"),
            }));
    }

    [Test]
    public async Task ResolveAsync_LinkField_SendsValueLink()
    {
        Stub.Returns("GET", "/v2/custom_fields", 200, """
            {"custom_fields":[{"id":"CF_LINK","name":"Runbook","description":"","field_type":"link","created_at":"2024-04-01T09:00:00Z","updated_at":"2024-04-01T09:00:00Z"}]}
            """);
        Stub.Returns("POST", "/v2/incidents", 201, IncidentBodies.Show);

        await ActionRuns.OutputAsync(new CreateIncidentAction(Clients), Stub.Connection(), JsonNode.Parse("""{"name":"x","custom_fields":{"Runbook":"https://example.com/rb"}}"""));

        var sent = Stub.Server.LogEntries.Last(e => e.RequestMessage!.Method == "POST").RequestMessage!.Json();
        var expected = JsonNode.Parse("""[{"custom_field_id":"CF_LINK","values":[{"value_link":"https://example.com/rb"}]}]""");
        Assert.That(JsonNode.DeepEquals(sent["custom_field_entries"], expected), Is.True, sent["custom_field_entries"]?.ToJsonString());
    }

    [Test]
    public async Task ResolveAsync_CustomFieldsLookupFails_ReturnsThatErrorWithoutWriting()
    {
        Stub.Returns("GET", "/v2/custom_fields", 403, IncidentIoErrorBodies.Of("authorization_error", 403, "insufficient_permissions", "no"));

        var error = await ActionRuns.ErrorAsync(new CreateIncidentAction(Clients), Stub.Connection(), JsonNode.Parse("""{"name":"x","custom_fields":{"Cost":1}}"""));

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.Forbidden));
            Assert.That(Stub.RequestCount, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task ResolveAsync_OptionsLookupFails_ReturnsThatErrorWithoutWriting()
    {
        Stub.Returns("GET", "/v2/custom_fields", 200, NameBodies.CustomFields);
        Stub.Returns("GET", "/v1/custom_field_options", 404, IncidentIoErrorBodies.Of("not_found", 404, "not_found", "no"));

        var error = await ActionRuns.ErrorAsync(new CreateIncidentAction(Clients), Stub.Connection(), JsonNode.Parse("""{"name":"x","custom_fields":{"Affected Team":"Platform"}}"""));

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.NotFound));
            Assert.That(Stub.Server.LogEntries.Any(e => e.RequestMessage!.Method == "POST"), Is.False);
        });
    }

    [Test]
    public async Task ResolveAsync_RoleNamedAsAnotherRolesShortform_TheNameWins()
    {
        Stub.Returns("GET", "/v2/incident_roles", 200, Roles(("ROLE_NAMED", "lead", "x"), ("ROLE_SHORT", "Incident Lead", "lead")));
        Stub.Returns("POST", "/v2/incidents", 201, IncidentBodies.Show);

        await ActionRuns.OutputAsync(new CreateIncidentAction(Clients), Stub.Connection(), JsonNode.Parse("""{"name":"x","roles":{"lead":"U1"}}"""));

        var sent = Stub.Server.LogEntries.Last(e => e.RequestMessage!.Method == "POST").RequestMessage!.Json();
        Assert.That((string?)sent["incident_role_assignments"]![0]!["incident_role_id"], Is.EqualTo("ROLE_NAMED"));
    }

    [Test]
    public async Task ResolveAsync_BlankRoleName_MatchesNoRoleWithoutShortform()
    {
        Stub.Returns("GET", "/v2/incident_roles", 200, Roles(("ROLE_SCRIBE", "Scribe", "")));

        var error = await ActionRuns.ErrorAsync(new CreateIncidentAction(Clients), Stub.Connection(), JsonNode.Parse("""{"name":"x","roles":{" ":"U1"}}"""));

        Assert.That((error.Details.Single().Field, error.Details.Single().Code), Is.EqualTo(("/roles/ ", "unknown_name")));
    }

    [Test]
    public async Task ResolveAsync_OptionsDifferingOnlyInCase_TheExactOneWins()
    {
        Stub.Returns("GET", "/v2/custom_fields", 200, NameBodies.CustomFields);
        Stub.Returns("GET", "/v1/custom_field_options", 200, """
            {"custom_field_options":[{"id":"OPT_UPPER","custom_field_id":"CF_TEAM","value":"Platform","sort_key":1},{"id":"OPT_LOWER","custom_field_id":"CF_TEAM","value":"platform","sort_key":2}]}
            """);
        Stub.Returns("POST", "/v2/incidents", 201, IncidentBodies.Show);

        await ActionRuns.OutputAsync(new CreateIncidentAction(Clients), Stub.Connection(), JsonNode.Parse("""{"name":"x","custom_fields":{"Affected Team":"platform"}}"""));

        var sent = Stub.Server.LogEntries.Last(e => e.RequestMessage!.Method == "POST").RequestMessage!.Json();
        Assert.That((string?)sent["custom_field_entries"]![0]!["values"]![0]!["value_option_id"], Is.EqualTo("OPT_LOWER"));
    }

    [Test]
    public async Task ResolveAsync_Names_AnswersTheInputWithIdFieldsInPlaceOfTheNames()
    {
        NameBodies.Stub(Stub);
        var context = Connections.Context(Stub.Connection(), JsonNode.Parse("""
            {"incident_id":"INC-1","custom_fields":{"Customer impact":"slow"},"roles":{"comms":"U1"}}
            """));

        var (input, error) = await NameResolver.ResolveAsync(Clients, context, CancellationToken.None);

        var expected = JsonNode.Parse("""
            {"incident_id":"INC-1",
             "custom_field_entries":[{"custom_field_id":"CF_IMPACT","values":[{"value_text":"slow"}]}],
             "incident_role_assignments":[{"incident_role_id":"ROLE_COMMS","assignee":{"id":"U1"}}]}
            """);
        Assert.Multiple(() =>
        {
            Assert.That(error, Is.Null);
            Assert.That(JsonNode.DeepEquals(JsonNode.Parse(input.GetRawText()), expected), Is.True, input.GetRawText());
        });
    }

    private static string Roles(params (string Id, string Name, string Shortform)[] roles) =>
        "{\"incident_roles\":[" + string.Join(",", roles.Select(r =>
            $$"""{"id":"{{r.Id}}","name":"{{r.Name}}","description":"d","instructions":"i","shortform":"{{r.Shortform}}","role_type":"custom","created_at":"2024-04-01T09:00:00Z","updated_at":"2024-04-01T09:00:00Z"}""")) + "]}";
}
