using System.Text.Json;
using IncidentIo.Plugin.Actions.ListIncidents;
using IncidentIo.Plugin.Json;
using IncidentIo.Plugin.Models;
using IncidentIo.Plugin.Tests.Support;

namespace IncidentIo.Plugin.Tests.Actions.ListIncidents;

[TestFixture]
public sealed class ListIncidentsOutputWriterTests
{
    private static IEnumerable<TestCaseData> Shapes()
    {
        yield return new TestCaseData(0, null, null, false).SetArgDisplayNames("empty, no cursor, no total");
        yield return new TestCaseData(1, "01CURSOR", 42L, true).SetArgDisplayNames("one, cursor, total, truncated");
        yield return new TestCaseData(3, null, 0L, false).SetArgDisplayNames("three, total 0");
    }

    [TestCaseSource(nameof(Shapes))]
    public void Complete_AnyShape_IsByteForByteTheSerialisedRecord(int count, string? cursor, long? total, bool truncated)
    {
        // Non-ASCII and characters the default encoder escapes, so the writer's encoder settings count too.
        var incidents = Enumerable.Range(1, count)
            .Select(n => Read(IncidentPages.Incident($"01ID{n}")) with { Name = $"Ünïcode <b>&'\" {n}", Summary = n == 2 ? null : "s" })
            .ToList();
        using var writer = new ListIncidentsOutputWriter();
        writer.Add(incidents.Take(1));
        writer.Add(incidents.Skip(1));

        var streamed = writer.Complete(cursor, total, truncated);

        var expected = JsonSerializer.SerializeToElement(new ListIncidentsOutput(incidents, cursor, total, truncated), IncidentIoJson.Options);
        Assert.Multiple(() =>
        {
            Assert.That(streamed.GetRawText(), Is.EqualTo(expected.GetRawText()));
            Assert.That(writer.Count, Is.EqualTo(count));
            Assert.That(writer.LastId, Is.EqualTo(incidents.LastOrDefault()?.Id));
        });
    }

    private static IncidentV2 Read(System.Text.Json.Nodes.JsonNode node) => node.Deserialize<IncidentV2>(IncidentIoJson.Options)!;
}
