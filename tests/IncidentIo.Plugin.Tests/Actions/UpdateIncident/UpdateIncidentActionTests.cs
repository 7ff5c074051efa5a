using IncidentIo.Plugin.Actions.UpdateIncident;
using IncidentIo.Plugin.Tests.Support;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Actions.UpdateIncident;

[TestFixture]
public sealed class UpdateIncidentActionTests : StubFixture
{
    [Test]
    public async Task ExecuteAsync_TwoFields_SendsOnlyThemAndNotifyFalse()
    {
        Stub.Returns("POST", "/v2/incidents/*/actions/edit", 200, IncidentBodies.Show);

        var output = await ActionRuns.OutputAsync(new UpdateIncidentAction(Clients), Stub.Connection(),
            new { incident_id = "INC-123", severity_id = "SEV2", summary = "Fixing" });

        Assert.Multiple(() =>
        {
            Assert.That(Stub.LastRequest.Method, Is.EqualTo("POST"));
            Assert.That(Stub.LastRequest.Path, Is.EqualTo("/v2/incidents/123/actions/edit"));
            Assert.That(Stub.LastRequest.Header("Authorization"), Is.EqualTo($"Bearer {IncidentIoStub.ApiKey}"));
            Assert.That((string?)output["incident"]!["reference"], Is.EqualTo("INC-123"));
        });
        SentBodies.AssertBody(Stub.LastRequest, """{"incident":{"severity_id":"SEV2","summary":"Fixing"},"notify_incident_channel":false}""");
    }

    [Test]
    public async Task ExecuteAsync_EveryField_SendsThemWithNotify()
    {
        Stub.Returns("POST", "/v2/incidents/*/actions/edit", 200, IncidentBodies.Show);

        await ActionRuns.OutputAsync(new UpdateIncidentAction(Clients), Stub.Connection(), new
        {
            incident_id = IncidentBodies.Id,
            name = "n",
            summary = "s",
            severity_id = "SEV",
            incident_status_id = "ST",
            call_url = "https://zoom.us/foo",
            slack_channel_name_override = "inc-x",
            custom_field_entries = new[] { new { custom_field_id = "CF", values = Array.Empty<object>() } },
            incident_role_assignments = new[] { new { incident_role_id = "R", assignee = new { slack_user_id = "U1" } } },
            incident_timestamp_values = new[] { new { incident_timestamp_id = "TS" } },
            notify_incident_channel = true,
        });

        Assert.That(Stub.LastRequest.Path, Is.EqualTo($"/v2/incidents/{IncidentBodies.Id}/actions/edit"));
        SentBodies.AssertBody(Stub.LastRequest, """
            {"incident":{"name":"n","summary":"s","severity_id":"SEV","incident_status_id":"ST","call_url":"https://zoom.us/foo",
              "slack_channel_name_override":"inc-x","custom_field_entries":[{"custom_field_id":"CF","values":[]}],
              "incident_role_assignments":[{"incident_role_id":"R","assignee":{"slack_user_id":"U1"}}],
              "incident_timestamp_values":[{"incident_timestamp_id":"TS"}]},
             "notify_incident_channel":true}
            """);
    }

    [TestCase(false, TestName = "ExecuteAsync_NoFieldToChange_IsValidationFailedNamingTheFieldsWithoutRequest")]
    [TestCase(true, TestName = "ExecuteAsync_OnlyNotify_IsValidationFailedNamingTheFieldsWithoutRequest")]
    public async Task ExecuteAsync_NoFieldToChange_IsValidationFailedNamingTheFields(bool notify)
    {
        var error = await ActionRuns.ErrorAsync(new UpdateIncidentAction(Clients), Stub.Connection(),
            new { incident_id = "INC-1", notify_incident_channel = notify });

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(ActionErrorCodes.ValidationFailed));
            const string Fields = "call_url, custom_field_entries, incident_role_assignments, incident_status_id, "
                + "incident_timestamp_values, name, severity_id, slack_channel_name_override, summary";
            Assert.That(error.Message, Is.EqualTo("Nothing to change: give at least one of " + Fields));
            var detail = error.Details.Single();
            Assert.That((detail.Field, detail.Message, detail.Code), Is.EqualTo(("", $"at least one of {Fields} is required", "nothing_to_change")));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }

    [Test]
    public async Task ExecuteAsync_NoIncidentId_IsValidationFailedWithoutRequest()
    {
        var error = await ActionRuns.ErrorAsync(new UpdateIncidentAction(Clients), Stub.Connection(), new { name = "x" });

        Assert.Multiple(() =>
        {
            Assert.That(error.Details.Single().Field, Is.EqualTo("/incident_id"));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }

    [Test]
    public async Task ExecuteAsync_UnknownIncident_IsNotFoundNamingIt()
    {
        Stub.Returns("POST", "/v2/incidents/*/actions/edit", 404, IncidentIoErrorBodies.Of("not_found", 404, "not_found", "Not found"));

        var error = await ActionRuns.ErrorAsync(new UpdateIncidentAction(Clients), Stub.Connection(), new { incident_id = "INC-9", name = "x" });

        Assert.That(error.Message, Is.EqualTo("incident.io has no incident \"INC-9\" (404)"));
    }

    [Test]
    public async Task ExecuteAsync_503ThenEdited_IsRetried()
    {
        Stub.ReturnsInTurn("POST", "/v2/incidents/*/actions/edit",
            r => r.WithStatusCode(503),
            r => r.WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(IncidentBodies.Show));

        await ActionRuns.OutputAsync(new UpdateIncidentAction(Clients), Stub.Connection(), new { incident_id = "1", name = "x" });

        Assert.That(Stub.RequestCount, Is.EqualTo(2));
    }

    [Test]
    public async Task ExecuteAsync_FieldOfTheWrongType_IsValidationFailedAtItsPointerWithoutRequest()
    {
        var error = await ActionRuns.ErrorAsync(new UpdateIncidentAction(Clients), Stub.Connection(), new { incident_id = "INC-1", name = 42 });

        Assert.Multiple(() =>
        {
            Assert.That((error.Code, error.Details.Single().Field, error.Details.Single().Code), Is.EqualTo((ActionErrorCodes.ValidationFailed, "/name", "invalid_type")));
            Assert.That(Stub.RequestCount, Is.Zero);
        });
    }
}
