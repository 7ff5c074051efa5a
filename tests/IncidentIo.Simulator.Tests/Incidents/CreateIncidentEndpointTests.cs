using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IncidentIo.Simulator.Tests.Support;

namespace IncidentIo.Simulator.Tests.Incidents;

[TestFixture]
public sealed class CreateIncidentEndpointTests : SimulatorTestBase
{
    [Test]
    public async Task HandleAsync_NoSeverityForLiveStatus_Returns422IsRequiredOnSeverityId()
    {
        using var response = await Harness.PostAsync("/v2/incidents", SimulatorHarness.Payload("no-sev", severityId: null));

        var body = await ErrorBody.AssertAsync(response, 422, "validation_error");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(body.Code(), Is.EqualTo("is_required"));
            Assert.That((string?)body["errors"]![0]!["message"], Is.EqualTo("A severity is required to open an incident"));
            Assert.That(body.Field(), Is.EqualTo("severity_id"));
            Assert.That(Harness.Simulator.State.Count, Is.Zero);
        }
    }

    [Test]
    public async Task HandleAsync_TriageStatusWithoutSeverity_CreatesWithoutSeverity()
    {
        var incident = await Harness.CreateAsync(SimulatorHarness.Payload("triage", severityId: null).With("incident_status_id", SeedIds.Triage));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(incident.ContainsKey("severity"), Is.False);
            Assert.That((string?)incident["incident_status"]!["category"], Is.EqualTo("triage"));
        }
    }

    [Test]
    public async Task HandleAsync_MissingIdempotencyKeyAndVisibility_ReportsBoth()
    {
        using var response = await Harness.PostAsync("/v2/incidents", new JsonObject { ["severity_id"] = SeedIds.Minor });

        var body = await ErrorBody.AssertAsync(response, 422, "validation_error");
        Assert.That(body.Fields(), Does.Contain("idempotency_key").And.Contain("visibility"));
    }

    [TestCase("severity_id", "nope")]
    [TestCase("incident_status_id", "nope")]
    [TestCase("incident_type_id", "nope")]
    [TestCase("visibility", "secret")]
    [TestCase("mode", "drill")]
    public async Task HandleAsync_UnknownIdOrEnumValue_Returns422InvalidValueOnThatField(string field, string value)
    {
        using var response = await Harness.PostAsync("/v2/incidents", SimulatorHarness.Payload("bad").With(field, value));

        var body = await ErrorBody.AssertAsync(response, 422, "validation_error");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(body.Code(), Is.EqualTo("invalid_value"));
            Assert.That(body.Field(), Is.EqualTo(field));
        }
    }

    [Test]
    public async Task HandleAsync_RetrospectiveOptionsOutsideRetrospectiveMode_Returns422()
    {
        var payload = SimulatorHarness.Payload("retro").With("retrospective_incident_options", new JsonObject { ["external_id"] = 7 });

        using var response = await Harness.PostAsync("/v2/incidents", payload);

        var body = await ErrorBody.AssertAsync(response, 422, "validation_error");
        Assert.That(body.Field(), Is.EqualTo("retrospective_incident_options"));
    }

    [Test]
    public async Task HandleAsync_PrivateOnlyTypeWithPublicVisibility_Returns422OnVisibility()
    {
        using var response = await Harness.PostAsync("/v2/incidents", SimulatorHarness.Payload("sec").With("incident_type_id", SeedIds.SecurityType));

        var body = await ErrorBody.AssertAsync(response, 422, "validation_error");
        Assert.That(body.Field(), Is.EqualTo("visibility"));
    }

    [Test]
    public async Task HandleAsync_SameIdempotencyKeyTwice_ReturnsTheSameIncidentAndStoresOne()
    {
        var first = await Harness.CreateAsync(SimulatorHarness.Payload("same-key"));
        var second = await Harness.CreateAsync(SimulatorHarness.Payload("same-key"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That((string?)second["id"], Is.EqualTo((string?)first["id"]));
            Assert.That(Harness.Simulator.State.Count, Is.EqualTo(1));
            Assert.That((string?)Harness.Simulator.State.FindByIdempotencyKey("same-key")!["id"], Is.EqualTo((string?)first["id"]));
        }
    }

    [Test]
    public async Task HandleAsync_TwoKeys_ReferencesCountUpFromInc1()
    {
        var first = await Harness.CreateAsync(SimulatorHarness.Payload("a"));
        var second = await Harness.CreateAsync(SimulatorHarness.Payload("b"));

        Assert.That(((string?)first["reference"], (string?)second["reference"]), Is.EqualTo(("INC-1", "INC-2")));
    }

    [Test]
    public async Task HandleAsync_MinimalPayload_FillsDefaultsLikeIncidentIo()
    {
        var incident = await Harness.CreateAsync(SimulatorHarness.Payload("defaults"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That((string?)incident["id"], Does.Match(new Regex("^[0-9A-HJKMNP-TV-Z]{26}$")));
            Assert.That((string?)incident["incident_type"]!["id"], Is.EqualTo(SeedIds.DefaultType));
            Assert.That((string?)incident["incident_status"]!["id"], Is.EqualTo(SeedIds.Investigating));
            Assert.That((string?)incident["mode"], Is.EqualTo("standard"));
            Assert.That((string?)incident["permalink"], Does.EndWith("/incidents/1"));
            Assert.That((string?)incident["creator"]!["api_key"]!["name"], Is.EqualTo("Sandbox simulator key"));
            Assert.That(incident["custom_field_entries"]!.AsArray(), Is.Empty);
            Assert.That(incident["incident_role_assignments"]!.AsArray(), Is.Empty);
        }
    }

    [Test]
    public async Task HandleAsync_CustomFieldOption_EchoesTheOptionObject()
    {
        var payload = SimulatorHarness.Payload("cf").With("custom_field_entries", JsonNode.Parse($$"""
            [{"custom_field_id":"{{SeedIds.AffectedTeam}}","values":[{"value_option_id":"{{SeedIds.ProductOption}}"}]}]
            """));

        var incident = await Harness.CreateAsync(payload);

        Assert.That((string?)incident["custom_field_entries"]![0]!["values"]![0]!["value_option"]!["value"], Is.EqualTo("Product"));
    }

    [Test]
    public async Task HandleAsync_BodyIsNotJson_Returns400()
    {
        using var content = new StringContent("{not json", Encoding.UTF8, "application/json");

        using var response = await Harness.Client.PostAsync(new Uri("/v2/incidents", UriKind.Relative), content);

        await ErrorBody.AssertAsync(response, 400, "bad_request");
    }

    [Test]
    public async Task HandleAsync_ManyConcurrentCreatesWithOneKey_StoreExactlyOne()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            Harness.Client.PostAsJsonAsync("/v2/incidents", SimulatorHarness.Payload("race"))));
        var ids = await Task.WhenAll(responses.Select(async r => (string?)(await JsonBody.ReadAsync(r))["incident"]!["id"]));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ids.Distinct().Count(), Is.EqualTo(1));
            Assert.That(Harness.Simulator.State.Count, Is.EqualTo(1));
        }

        foreach (var response in responses)
        {
            response.Dispose();
        }
    }
}
