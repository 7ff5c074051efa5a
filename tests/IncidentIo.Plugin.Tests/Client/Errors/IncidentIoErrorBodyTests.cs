using IncidentIo.Plugin.Client.Errors;

namespace IncidentIo.Plugin.Tests.Client.Errors;

[TestFixture]
public sealed class IncidentIoErrorBodyTests
{
    [Test]
    public void Parse_DocumentedShape_ReadsEveryPart()
    {
        var body = IncidentIoErrorBody.Parse("""
            {"type":"validation_error","status":422,"request_id":"r-1",
             "errors":[{"code":"is_required","message":"A severity is required","source":{"field":"severity_id"}}]}
            """);

        Assert.Multiple(() =>
        {
            Assert.That(body.Type, Is.EqualTo("validation_error"));
            Assert.That(body.RequestId, Is.EqualTo("r-1"));
            Assert.That(body.Errors, Is.EqualTo(new[] { new IncidentIoErrorItem("is_required", "A severity is required", "severity_id") }));
        });
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("<html>502</html>")]
    [TestCase("[1,2]")]
    [TestCase("\"just a string\"")]
    [TestCase("{\"errors\":")]
    [TestCase("{\"type\":\"a\",\"type\":\"b\",\"errors\":[]}")]
    public void Parse_NotAnErrorObject_IsEmpty(string? content) =>
        Assert.That(IncidentIoErrorBody.Parse(content), Is.EqualTo(IncidentIoErrorBody.Empty));

    [Test]
    public void Parse_OddlyTypedParts_KeepsWhatIsReadable()
    {
        var body = IncidentIoErrorBody.Parse("""
            {"type":7,"request_id":null,"errors":[{"code":"x","message":["no"],"source":"severity_id"},"junk",{"message":"kept"}]}
            """);

        Assert.Multiple(() =>
        {
            Assert.That(body.Type, Is.Null);
            Assert.That(body.RequestId, Is.Null);
            Assert.That(body.Errors, Is.EqualTo(new[] { new IncidentIoErrorItem("x", null, null), new IncidentIoErrorItem(null, "kept", null) }));
        });
    }
}
