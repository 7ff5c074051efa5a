using System.Text;
using System.Text.Json;
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

    [Test]
    public void Read_StreamWithProblems_SameValueAndWarningsAsTheText()
    {
        var body = IncidentBodies.Show.Replace("\"permalink\":\"https://app.incident.io/incidents/123\"", "\"permalink\":42", StringComparison.Ordinal)
            .Replace("\"severity\":{\"id\":\"S1\",", "\"severity\":{", StringComparison.Ordinal);

        var fromText = LenientReader.Read<IncidentsShowResultV2>(body, out var textWarnings);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(body));
        var fromStream = LenientReader.Read<IncidentsShowResultV2>(stream, out var streamWarnings);

        Assert.Multiple(() =>
        {
            Assert.That(streamWarnings.Select(w => w.Field), Is.EqualTo(new[] { "/incident/permalink", "/incident/severity" }).AsCollection);
            Assert.That(streamWarnings, Is.EqualTo(textWarnings).AsCollection);
            Assert.That(fromStream.Incident.Reference, Is.EqualTo(fromText.Incident.Reference));
            Assert.That(fromStream.Incident.Severity, Is.Null);
        });
    }

    [Test]
    public void Read_StreamLackingANeededField_FailsNamingIt()
    {
        var body = IncidentBodies.Show.Replace("\"name\":\"Our database is sad\",", "\"name\":null,", StringComparison.Ordinal);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(body));

        var problem = Assert.Throws<LenientReadException>(() => LenientReader.Read<IncidentsShowResultV2>(stream, out _));

        Assert.That(problem!.Field, Is.EqualTo("/incident/name"));
    }

    [TestCase("")]
    [TestCase("  \r\n")]
    public void Read_BlankStream_ReadsAsJsonNull(string body)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(body));

        var value = LenientReader.Read<JsonElement>(stream, out var warnings);

        Assert.Multiple(() =>
        {
            Assert.That(value.ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(warnings, Is.Empty);
        });
    }

    [Test]
    public void Read_BlankStreamForAModel_FailsAsAnEmptyBody()
    {
        using var stream = new MemoryStream([]);

        var problem = Assert.Throws<LenientReadException>(() => LenientReader.Read<IncidentsShowResultV2>(stream, out _));

        Assert.That(problem!.Message, Does.Contain("empty"));
    }
}
