using System.Text.Json;
using IncidentIo.Plugin.Json;

namespace IncidentIo.Plugin.Tests.Json;

[TestFixture]
public sealed class ObjectValueTests
{
    [Test]
    public void RoundTrip_Object_IsPassedOnAsItCame()
    {
        const string Options = """{"address":"alerts@example.com","nested":{"list":[1,"two",null]}}""";

        var read = JsonSerializer.Deserialize<Holder>($$"""{"options":{{Options}}}""", IncidentIoJson.Options)!;

        Assert.Multiple(() =>
        {
            Assert.That(read.Options!.Value.Element.GetRawText(), Is.EqualTo(Options));
            Assert.That(JsonSerializer.Serialize(read, IncidentIoJson.Options), Is.EqualTo($$"""{"options":{{Options}}}"""));
        });
    }

    [TestCase("\"alerts@example.com\"")]
    [TestCase("[]")]
    [TestCase("42")]
    public void Read_NotAnObject_FailsSayingSo(string options)
    {
        var problem = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Holder>($$"""{"options":{{options}}}""", IncidentIoJson.Options));

        Assert.That(problem!.Message, Does.StartWith("not an object"));
    }

    [Test]
    public void Read_NotAnObject_LenientReaderLeavesItOutWithAWarning()
    {
        var read = LenientReader.Read<Holder>("""{"options":"alerts@example.com","name":"Email"}""", out var warnings);

        Assert.Multiple(() =>
        {
            Assert.That(read.Options, Is.Null);
            Assert.That(read.Name, Is.EqualTo("Email"));
            Assert.That(warnings.Select(w => (w.Field, w.Message)), Is.EqualTo(new[] { ("/options", "left out: not an object") }));
        });
    }

    private sealed record Holder
    {
        public ObjectValue? Options { get; init; }

        public string? Name { get; init; }
    }
}
