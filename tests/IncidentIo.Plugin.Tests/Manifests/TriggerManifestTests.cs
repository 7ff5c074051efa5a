using System.Text.Json.Nodes;
using IncidentIo.Plugin.Tests.Support;
using IncidentPlugin.TestSupport;

namespace IncidentIo.Plugin.Tests.Manifests;

[TestFixture]
public sealed class TriggerManifestTests
{
    private static IEnumerable<string> Stems => TriggerManifests.Stems;

    [TestCaseSource(nameof(Stems))]
    public void TriggerManifest_AgainstTheTriggerMetaSchema_IsValid(string stem) =>
        Assert.That(Schemas.Errors(Schemas.TriggerManifestMeta, TriggerManifests.Load(stem)), Is.Empty);

    [TestCaseSource(nameof(Stems))]
    public void TriggerManifest_FileName_IsTheTriggerNameInKebabCase(string stem) =>
        Assert.That((string?)TriggerManifests.Load(stem)["id"], Is.EqualTo("incidentio." + stem.Replace('-', '_')));

    [TestCaseSource(nameof(Stems))]
    public void TriggerManifest_Examples_ValidateAgainstTheOutputSchema(string stem)
    {
        var manifest = TriggerManifests.Load(stem);

        Assert.That(manifest["examples"]!.AsArray().SelectMany(e => Schemas.Errors(manifest["output"]!, e!["trigger"])), Is.Empty);
    }

    [TestCaseSource(nameof(Stems))]
    public void TriggerManifest_CompletionAndPollActions_AreActionsOfThePlugin(string stem)
    {
        var manifest = TriggerManifests.Load(stem);
        var named = (manifest["events"] as JsonArray ?? []).Select(e => (string?)e!["completion"]?["action"])
            .Append((string?)manifest["poll"]?["action"]).OfType<string>().Distinct();

        Assert.That(named, Is.SubsetOf(PluginActions.All.Select(a => a.Id)));
    }

    [Test]
    public void WebhookTriggers_Events_CoverEveryNonAuditEventTypeOfTheSpecOnce()
    {
        var spec = RequireSpec();
        var specTypes = WebhookEventTypes(spec).Order(StringComparer.Ordinal).ToList();

        var declared = TriggerManifests.Events.Select(e => (string)e.Event["type"]!).Order(StringComparer.Ordinal).ToList();

        Assert.That(declared, Is.EqualTo(specTypes));
    }

    [Test]
    public void WebhookTriggers_PrivateEvents_AreCompletedUnlessTheyCarryMoreThanAnId()
    {
        var spec = RequireSpec();
        var idOnly = TriggerManifests.Events.Where(e => (string?)e.Event["visibility"] == "private")
            .Where(e => SpecExample(spec, (string)e.Event["type"]!)![(string)e.Event["type"]!]!.AsObject().Select(p => p.Key).SequenceEqual(["id"]));

        Assert.That(idOnly.Where(e => e.Event["completion"] is null).Select(e => (string)e.Event["type"]!), Is.Empty);
    }

    [Test]
    public void WebhookTriggers_ExampleDeliveries_AreTheSpecExamplesOfTheirEventTypes()
    {
        var spec = RequireSpec();
        var deliveries = TriggerManifests.All.SelectMany(m => m["examples"]!.AsArray()).Select(e => e!["delivery"]).OfType<JsonObject>().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(deliveries, Has.Count.EqualTo(WebhookEventTypes(spec).Count()));
            foreach (var delivery in deliveries)
            {
                var type = (string)delivery["event_type"]!;
                Assert.That(JsonNode.DeepEquals(delivery, SpecExample(spec, type)), Is.True, type);
            }
        });
    }

    private static JsonObject RequireSpec()
    {
        if (OpenApiSpec.Shared is not { } spec)
        {
            Assert.Ignore(OpenApiSpec.MissingMessage);
            throw new InvalidOperationException();
        }

        return spec.Root;
    }

    // x-webhooks holds the 33 delivery event types and the audit-log entry schemas (/x-audit-logs/…), which are not deliveries.
    private static IEnumerable<string> WebhookEventTypes(JsonObject spec) =>
        spec["x-webhooks"]!.AsObject().Select(p => p.Key).Where(k => k.StartsWith("/x-webhooks/", StringComparison.Ordinal))
            .Select(k => k["/x-webhooks/".Length..]);

    private static JsonObject? SpecExample(JsonObject spec, string type) =>
        spec["x-webhooks"]!["/x-webhooks/" + type]?["get"]?["responses"]?["200"]?["content"]?["application/json"]?["example"]?.AsObject();
}
