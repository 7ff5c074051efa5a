using System.Text.Json.Nodes;
using IncidentPlugin.TestSupport;

namespace IncidentIo.Plugin.Tests.Contract;

// The contract tests stand on OpenApiSpec; these prove it accepts the spec's own examples and rejects broken ones.
[TestFixture]
public sealed class OpenApiSpecTests
{
    private OpenApiSpec _spec = null!;

    [OneTimeSetUp]
    public void LoadSpec()
    {
        var spec = OpenApiSpec.Shared;
        if (spec is null)
        {
            Assert.Ignore(OpenApiSpec.MissingMessage);
        }

        _spec = spec!;
    }

    [Test]
    public void Validate_SpecExampleOfListSeverities_IsValid()
    {
        var name = _spec.ResponseSchemaName("/v1/severities", "get");
        var errors = _spec.Validate(name, _spec.ResponseExample("/v1/severities", "get"));
        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void Validate_SeverityWithoutRank_ReportsTheMissingField()
    {
        var body = _spec.ResponseExample("/v1/severities", "get");
        body["severities"]![0]!.AsObject().Remove("rank");
        var errors = _spec.Validate("SeveritiesListResultV1", body);
        Assert.That(errors, Has.Some.Contains("rank"));
    }

    [Test]
    public void Validate_IncidentExampleResolvesNestedRefs_IsValidAndRejectsWrongNestedType()
    {
        var incident = _spec.Root["components"]!["schemas"]!["IncidentV2"]!["example"]!.DeepClone();
        Assert.That(_spec.Validate("IncidentV2", incident), Is.Empty);

        incident["incident_status"]!["rank"] = JsonValue.Create("not a number");
        Assert.That(_spec.Validate("IncidentV2", incident), Has.Some.Contains("/incident_status/rank"));
    }
}
