using System.Text.Json;
using System.Text.Json.Serialization;
using IncidentIo.Plugin.Json;

namespace IncidentIo.Plugin.Tests.Json;

[TestFixture]
public sealed class StringMapConverterTests
{
    [Test]
    public void Read_ObjectOfStrings_KeepsEveryEntryAsSent()
    {
        var read = JsonSerializer.Deserialize<Annotated>("""{"annotations":{"team":"core","Team":"edge","empty":""}}""", IncidentIoJson.Options)!;

        Assert.That(read.Annotations, Is.EqualTo(new Dictionary<string, string> { ["team"] = "core", ["Team"] = "edge", ["empty"] = "" }));
    }

    [Test]
    public void Read_EmptyObject_IsAnEmptyMapAndTheNextFieldIsRead()
    {
        var read = JsonSerializer.Deserialize<Annotated>("""{"annotations":{},"name":"Primary"}""", IncidentIoJson.Options)!;

        Assert.Multiple(() =>
        {
            Assert.That(read.Annotations, Is.Empty);
            Assert.That(read.Name, Is.EqualTo("Primary"));
        });
    }

    [TestCase("[]")]
    [TestCase("\"core\"")]
    [TestCase("1")]
    public void Read_NotAnObject_FailsSayingSo(string annotations)
    {
        var problem = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Annotated>($$"""{"annotations":{{annotations}}}""", IncidentIoJson.Options));

        Assert.That(problem!.Message, Does.StartWith("not an object"));
    }

    [TestCase("2")]
    [TestCase("null")]
    [TestCase("{}")]
    [TestCase("true")]
    public void Read_ValueNotAString_LenientReaderLeavesOutTheMapWithAWarningAndKeepsTheRest(string value)
    {
        // A converter's failure is reported at its property's path, so the whole map goes, not just the entry.
        var read = LenientReader.Read<Annotated>($$$"""{"annotations":{"a":"1","b":{{{value}}},"c":"3"},"name":"Primary"}""", out var warnings);

        Assert.Multiple(() =>
        {
            Assert.That(read.Annotations, Is.Null);
            Assert.That(read.Name, Is.EqualTo("Primary"));
            Assert.That(warnings.Select(w => (w.Field, w.Message)), Is.EqualTo(new[] { ("/annotations", "left out: not a string") }));
        });
    }

    [Test]
    public void Write_Map_IsAnObjectOfStrings()
    {
        var written = JsonSerializer.Serialize(
            new Annotated { Annotations = new Dictionary<string, string> { ["team"] = "core", ["tier"] = "1" } }, IncidentIoJson.Options);

        Assert.That(written, Is.EqualTo("""{"annotations":{"team":"core","tier":"1"}}"""));
    }

    private sealed record Annotated
    {
        [JsonConverter(typeof(StringMapConverter))]
        public IReadOnlyDictionary<string, string>? Annotations { get; init; }

        public string? Name { get; init; }
    }
}
