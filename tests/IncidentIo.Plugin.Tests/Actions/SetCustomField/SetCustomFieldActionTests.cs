using System.Text.Json.Nodes;
using IncidentIo.Plugin.Actions.SetCustomField;
using IncidentIo.Plugin.Tests.Support;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Actions.SetCustomField;

[TestFixture]
public sealed class SetCustomFieldActionTests : StubFixture
{
    [TestCase("CF_TEAM", "value_option_id", "OPT_PLATFORM")]
    [TestCase("CF_SERVICES", "value_option_id", "OPT_API")]
    [TestCase("CF_IMPACT", "value_text", "Checkout is down")]
    [TestCase("CF_COST", "value_numeric", "12.5")]
    [TestCase("CF_OWNER", "value_catalog_entry_id", "alice")]
    public async Task ExecuteAsync_ValueOfTheFieldsKind_EditsTheIncidentWithOneCustomFieldEntry(string field, string valueField, string value)
    {
        NameBodies.Stub(Stub);
        Stub.Returns("POST", "/v2/incidents/*/actions/edit", 200, IncidentBodies.Show);
        var input = new JsonObject { ["incident_id"] = "INC-7", ["custom_field_id"] = field, [valueField] = value };

        var output = await ActionRuns.OutputAsync(new SetCustomFieldAction(Clients), Stub.Connection(), input);

        var sent = Stub.LastRequest;
        var expected = new JsonObject
        {
            ["incident"] = new JsonObject
            {
                ["custom_field_entries"] = new JsonArray(new JsonObject { ["custom_field_id"] = field, ["values"] = new JsonArray(new JsonObject { [valueField] = value }) }),
            },
            ["notify_incident_channel"] = false,
        };
        Assert.Multiple(() =>
        {
            Assert.That(sent.Path, Is.EqualTo("/v2/incidents/7/actions/edit"));
            Assert.That(JsonNode.DeepEquals(sent.Json(), expected), Is.True, sent.Json().ToJsonString());
            Assert.That((string?)output["incident"]!["id"], Is.Not.Empty);
        });
    }

    [Test]
    public async Task ExecuteAsync_ValueOfAnotherKind_FailsBeforeWritingWithOneErrorPerInput()
    {
        NameBodies.Stub(Stub);

        var error = await ActionRuns.ErrorAsync(new SetCustomFieldAction(Clients), Stub.Connection(),
            new { incident_id = "INC-7", custom_field_id = "CF_TEAM", value_text = "Platform", value_link = "https://x" });

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo("validation_failed"));
            Assert.That(error.Details.Select(d => (d.Field, d.Code)), Is.EqualTo(new[]
            {
                ("/value_option_id", "is_required"), ("/value_text", "not_allowed"), ("/value_link", "not_allowed"),
            }));
            Assert.That(error.Details[1].Message, Is.EqualTo("\"Affected Team\" is a single_select field: its value goes in value_option_id, not value_text"));
            Assert.That(Stub.Server.LogEntries.Select(e => e.RequestMessage!.Method), Is.All.EqualTo("GET"), "nothing written");
        });
    }

    [Test]
    public async Task ExecuteAsync_UnknownField_FailsNotFoundAtCustomFieldId()
    {
        NameBodies.Stub(Stub);

        var error = await ActionRuns.ErrorAsync(new SetCustomFieldAction(Clients), Stub.Connection(),
            new { incident_id = "INC-7", custom_field_id = "CF_NOPE", value_text = "x" });

        const string message = "No custom field has the id \"CF_NOPE\"; incidentio.list_custom_fields lists them";
        var detail = error.Details.Single();
        Assert.That(
            (error.Code, error.Message, detail.Field, detail.Message, detail.Code),
            Is.EqualTo(("not_found", message, "/custom_field_id", message, "not_found")));
    }

    [Test]
    public async Task ExecuteAsync_NotifyTrue_IsSent()
    {
        NameBodies.Stub(Stub);
        Stub.Returns("POST", "/v2/incidents/*/actions/edit", 200, IncidentBodies.Show);

        await ActionRuns.OutputAsync(new SetCustomFieldAction(Clients), Stub.Connection(),
            new { incident_id = "INC-7", custom_field_id = "CF_IMPACT", value_text = "x", notify_incident_channel = true });

        Assert.That((bool?)Stub.LastRequest.Json()["notify_incident_channel"], Is.True);
    }

    [Test]
    public async Task ExecuteAsync_MissingCustomFieldId_FailsWithoutAnyCall()
    {
        var error = await ActionRuns.ErrorAsync(new SetCustomFieldAction(Clients), Stub.Connection(), new { incident_id = "INC-7", value_text = "x" });

        Assert.Multiple(() =>
        {
            Assert.That(error.Details.Single().Field, Is.EqualTo("/custom_field_id"));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }

    [Test]
    public async Task ExecuteAsync_LinkField_SendsValueLink()
    {
        Stub.Returns("GET", "/v2/custom_fields", 200, Fields(("CF_RUNBOOK", "Runbook", "link")));
        Stub.Returns("POST", "/v2/incidents/*/actions/edit", 200, IncidentBodies.Show);

        await ActionRuns.OutputAsync(new SetCustomFieldAction(Clients), Stub.Connection(),
            new { incident_id = "INC-7", custom_field_id = "CF_RUNBOOK", value_link = "https://runbooks.example/db" });

        Assert.That(
            Stub.LastRequest.Json()["incident"]!["custom_field_entries"]!.ToJsonString(),
            Is.EqualTo("""[{"custom_field_id":"CF_RUNBOOK","values":[{"value_link":"https://runbooks.example/db"}]}]"""));
    }

    [Test]
    public async Task ExecuteAsync_FieldOfATypeItCannotSet_IsNotSupportedAtCustomFieldId()
    {
        Stub.Returns("GET", "/v2/custom_fields", 200, Fields(("CF_DUE", "Due", "date")));

        var error = await ActionRuns.ErrorAsync(new SetCustomFieldAction(Clients), Stub.Connection(),
            new { incident_id = "INC-7", custom_field_id = "CF_DUE", value_text = "tomorrow" });

        const string Problem = "\"Due\" is a date field, which this action cannot set; use update_incident's custom_field_entries";
        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Is.EqualTo("The value does not fit the custom field \"Due\": " + Problem));
            Assert.That(error.Details, Is.EqualTo(new[] { new ActionErrorDetail("/custom_field_id", Problem, "not_supported") }));
        });
    }

    [Test]
    public async Task ExecuteAsync_CatalogFieldGivenText_NamesTheCatalogInputItNeedsAndRefusesTheText()
    {
        NameBodies.Stub(Stub);

        var error = await ActionRuns.ErrorAsync(new SetCustomFieldAction(Clients), Stub.Connection(),
            new { incident_id = "INC-7", custom_field_id = "CF_OWNER", value_text = "alice" });

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Is.EqualTo("The value does not fit the custom field \"Owner\": \"Owner\" is a catalog-backed single_select field: give its value in value_catalog_entry_id"));
            Assert.That(error.Details, Is.EqualTo(new[]
            {
                new ActionErrorDetail("/value_catalog_entry_id", "\"Owner\" is a catalog-backed single_select field: give its value in value_catalog_entry_id", "is_required"),
                new ActionErrorDetail("/value_text", "\"Owner\" is a catalog-backed single_select field: its value goes in value_catalog_entry_id, not value_text", "not_allowed"),
            }));
        });
    }

    [Test]
    public async Task ExecuteAsync_BlankValue_CountsAsNotGiven()
    {
        NameBodies.Stub(Stub);

        var error = await ActionRuns.ErrorAsync(new SetCustomFieldAction(Clients), Stub.Connection(),
            new { incident_id = "INC-7", custom_field_id = "CF_IMPACT", value_text = "  " });

        Assert.That(error.Details, Is.EqualTo(new[]
        {
            new ActionErrorDetail("/value_text", "\"Customer impact\" is a text field: give its value in value_text", "is_required"),
        }));
    }

    // The field asked for may be the one incident.io sent unreadably: the error says so rather than "no such field".
    [Test]
    public async Task ExecuteAsync_AFieldLeftOutOfTheAnswer_IsInvalidResponseNamingWhatWasLeftOut()
    {
        Stub.Returns("GET", "/v2/custom_fields", 200, Fields(("CF_TEAM", "Affected Team", "single_select")).Replace("\"name\":\"Affected Team\",", "", StringComparison.Ordinal));

        var error = await ActionRuns.ErrorAsync(new SetCustomFieldAction(Clients), Stub.Connection(),
            new { incident_id = "INC-7", custom_field_id = "CF_TEAM", value_option_id = "OPT_PLATFORM" });

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.InvalidResponse));
            Assert.That(error.Message, Does.StartWith("incident.io answered the request to view custom fields without the chosen field in a form the plugin can read: /custom_fields/0"));
            Assert.That(error.Details, Is.Not.Empty);
            Assert.That(error.Details.Select(d => d.Code), Is.All.EqualTo("required"));
            Assert.That(error.Details[0].Field, Does.StartWith("/custom_fields/0"));
            Assert.That(error.Hint, Is.EqualTo("incident.io may have changed its API, or a proxy answered instead of it. Nothing was written."));
            Assert.That(Stub.Server.LogEntries.Select(e => e.RequestMessage!.Method), Is.All.EqualTo("GET"), "nothing written");
        });
    }

    [Test]
    public async Task ExecuteAsync_TwoFieldsLeftOutOfTheAnswer_MessageListsEachSeparately()
    {
        Stub.Returns("GET", "/v2/custom_fields", 200, Fields(("CF_TEAM", "Affected Team", "single_select"), ("CF_COST", "Cost", "numeric"))
            .Replace("\"name\":\"Affected Team\",", "", StringComparison.Ordinal).Replace("\"name\":\"Cost\",", "", StringComparison.Ordinal));

        var error = await ActionRuns.ErrorAsync(new SetCustomFieldAction(Clients), Stub.Connection(),
            new { incident_id = "INC-7", custom_field_id = "CF_TEAM", value_option_id = "OPT_PLATFORM" });

        Assert.That(
            error.Message,
            Is.EqualTo("incident.io answered the request to view custom fields without the chosen field in a form the plugin can read: "
                + string.Join("; ", error.Details.Select(d => $"{d.Field}: {d.Message}"))));
        Assert.That(error.Details.Select(d => d.Field![..16]).Distinct(), Is.EqualTo(new[] { "/custom_fields/0", "/custom_fields/1" }));
    }

    private static string Fields(params (string Id, string Name, string Type)[] fields) =>
        "{\"custom_fields\":[" + string.Join(",", fields.Select(f =>
            $$"""{"id":"{{f.Id}}","name":"{{f.Name}}","description":"","field_type":"{{f.Type}}","created_at":"2024-04-01T09:00:00Z","updated_at":"2024-04-01T09:00:00Z"}""")) + "]}";

    [Test]
    public async Task ExecuteAsync_NoCustomFieldId_SaysWhatItTakes()
    {
        var error = await ActionRuns.ErrorAsync(new SetCustomFieldAction(Clients), Stub.Connection(), new { incident_id = "INC-7", value_text = "x" });

        Assert.That((error.Code, error.Message), Is.EqualTo((ActionErrorCodes.ValidationFailed, "custom_field_id is required: custom field")));
    }

    [Test]
    public async Task ExecuteAsync_UnknownIncident_IsNotFoundNamingIt()
    {
        NameBodies.Stub(Stub);
        Stub.Returns("POST", "/v2/incidents/*/actions/edit", 404, IncidentIoErrorBodies.Of("not_found", 404, "not_found", "Not found"));

        var error = await ActionRuns.ErrorAsync(new SetCustomFieldAction(Clients), Stub.Connection(),
            new { incident_id = " INC-9 ", custom_field_id = "CF_IMPACT", value_text = "x" });

        Assert.That((error.Code, error.Message), Is.EqualTo((ActionErrorCodes.NotFound, "incident.io has no incident \"INC-9\" (404)")));
    }
}
