using IncidentIo.Plugin.Json;
using IncidentIo.Plugin.Models;
using IncidentIo.Plugin.Tests.Support;

namespace IncidentIo.Plugin.Tests.Json;

[TestFixture]
public sealed class LenientReaderTests
{
    [Test]
    public void Read_OptionalFieldOfAnotherType_LeftOutWithAWarningAtItsPointer()
    {
        var body = IncidentBodies.Show.Replace("\"permalink\":\"https://app.incident.io/incidents/123\"", "\"permalink\":42", StringComparison.Ordinal);

        var show = LenientReader.Read<IncidentsShowResultV2>(body, out var warnings);

        Assert.Multiple(() =>
        {
            Assert.That(show.Incident.Permalink, Is.Null);
            Assert.That(show.Incident.Name, Is.EqualTo("Our database is sad"));
            Assert.That(warnings.Single().Field, Is.EqualTo("/incident/permalink"));
        });
    }

    [Test]
    public void Read_NestedObjectLackingItsId_ObjectLeftOutIncidentKept()
    {
        var body = IncidentBodies.Show.Replace("\"severity\":{\"id\":\"S1\",", "\"severity\":{", StringComparison.Ordinal);

        var show = LenientReader.Read<IncidentsShowResultV2>(body, out var warnings);

        Assert.Multiple(() =>
        {
            Assert.That(show.Incident.Severity, Is.Null);
            Assert.That(warnings.Single().Field, Is.EqualTo("/incident/severity"));
            Assert.That(warnings.Single().Message, Does.Contain("'id'"));
        });
    }

    [Test]
    public void Read_UnknownFieldsAndEnumValues_ReadAsTheyAre()
    {
        var body = IncidentBodies.Show.Replace("\"category\":\"live\"", "\"category\":\"snoozed\",\"brand_new\":{\"x\":1}", StringComparison.Ordinal)
            .Replace("\"mode\":\"standard\"", "\"mode\":\"drill\"", StringComparison.Ordinal);

        var show = LenientReader.Read<IncidentsShowResultV2>(body, out var warnings);

        Assert.Multiple(() =>
        {
            Assert.That(show.Incident.IncidentStatus.Category, Is.EqualTo("snoozed"));
            Assert.That(show.Incident.Mode, Is.EqualTo("drill"));
            Assert.That(warnings, Is.Empty);
        });
    }

    [TestCase("\"name\":\"Our database is sad\",", "\"name\":null,", "/incident/name")]
    [TestCase("\"name\":\"Our database is sad\",", "", "/incident/name")]
    [TestCase("\"reference\":\"INC-123\",", "\"reference\":[1],", "/incident/reference")]
    [TestCase("\"category\":\"live\",", "", "/incident/incident_status/category")]
    public void Read_NeededFieldMissingNullOrRetyped_FailsNamingIt(string field, string replacement, string expectedField)
    {
        var body = IncidentBodies.Show.Replace(field, replacement, StringComparison.Ordinal);

        var problem = Assert.Throws<LenientReadException>(() => LenientReader.Read<IncidentsShowResultV2>(body, out _));

        Assert.That(problem!.Field, Is.EqualTo(expectedField));
    }
}
