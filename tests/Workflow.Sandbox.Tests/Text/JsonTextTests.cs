using System.Text.Json;
using Workflow.Hosting.Text;
using Workflow.Hosting.Validation;

namespace Workflow.Sandbox.Tests.Text;

public class JsonTextTests
{
    [TestCase("""{"a":1,"a":2}""", "", "a")]
    [TestCase("""{"steps":[{"id":"x"},{"id":"y","with":{"b":1,"b":2}}]}""", "/steps/1/with", "b")]
    [TestCase("""{"a/b":{"c":1,"c":2}}""", "/a~1b", "c")]
    [TestCase("""[{"a":1},{"k":{"x":[],"x":{}}}]""", "/1/k", "x")]
    [TestCase("""{"\u0061":1,"a":2}""", "", "a")] // the same name, escaped once
    public void Parse_MemberNamedTwice_NamesTheObjectAndTheMember(string text, string objectAt, string member)
    {
        var ex = Assert.Throws<DuplicateMemberException>(() => JsonText.Parse(text));

        Assert.That((ex.Pointer, ex.Member), Is.EqualTo((objectAt, member)));
    }

    [Test]
    public void Parse_NestedDuplicate_MessageGivesThePointer()
    {
        var ex = Assert.Throws<DuplicateMemberException>(() => JsonText.Parse("""{"x":{"id":1,"id":2}}"""));

        Assert.That(ex.Message, Is.EqualTo("The member 'id' is named twice in the object at /x; give it once."));
    }

    [Test]
    public void Parse_SameNameInDifferentObjects_Parses()
    {
        var node = JsonText.Parse("""{"id":1,"inner":{"id":2},"list":[{"id":3},{"id":4}]}""");

        Assert.That(node!["list"]![1]!["id"]!.GetValue<int>(), Is.EqualTo(4));
    }

    [Test]
    public void Parse_NotJson_IsTheParsersOwnErrorWithItsPosition()
    {
        var ex = Assert.Catch<JsonException>(() => JsonText.Parse("""{"a":1,"a":"""));

        Assert.That((ex is DuplicateMemberException, ex.LineNumber, ex.BytePositionInLine), Is.EqualTo((false, 0L, 11L)));
    }

    [Test]
    public void Parse_OptionsAllowComments_Kept()
    {
        var node = JsonText.Parse("{\"a\":1, // note\n}", new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });

        Assert.That(node!["a"]!.GetValue<int>(), Is.EqualTo(1));
    }

    [Test]
    public void Parse_OptionsAllowingDuplicates_StillRefused()
    {
        Assert.Throws<DuplicateMemberException>(() => JsonText.Parse("""{"a":1,"a":2}""", new JsonDocumentOptions { AllowDuplicateProperties = true }));
    }

    [Test]
    public void Parse_NameEscapingALoneSurrogate_ParsedForTheValidatorToName()
    {
        // System.Text.Json's own duplicate check stops at such a name; the value is left for UnreadableValues to report.
        var node = JsonText.Parse("""{"y":2,"x\uDFFF":1}""");

        Assert.That(UnreadableValues.Find(node).Select(d => (d.Field, d.Code)), Is.EqualTo(new[] { ("", "invalid_text") }));
    }

    [Test]
    public void Parse_NameEscapingALoneSurrogateBesideADuplicate_DuplicateStillFound()
    {
        var ex = Assert.Throws<DuplicateMemberException>(() => JsonText.Parse("""{"x\uDFFF":1,"y":{"z":1,"z":2}}"""));

        Assert.That((ex.Pointer, ex.Member), Is.EqualTo(("/y", "z")));
    }

    [Test]
    public void Parse_RawLoneSurrogate_IsTheArgumentExceptionInputReaderReports()
    {
        Assert.Throws<ArgumentException>(() => JsonText.Parse("{\"a\":\"\uD800\"}"));
    }
}
