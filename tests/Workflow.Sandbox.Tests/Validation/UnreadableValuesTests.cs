using System.Text.Json.Nodes;
using Workflow.Hosting.Validation;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Validation;

/// <summary>Values JSON can carry but the validator cannot read, each named at its pointer with what is wrong.</summary>
public class UnreadableValuesTests
{
    private const string NotText = "is not valid Unicode text (an escaped lone surrogate).";
    private const string TooBig = "is a number beyond ±7.9e28 (or not finite), which cannot be validated.";

    [Test]
    public void Find_UnreadableValuesInListsAndObjects_EachAtItsPointer()
    {
        // Raw strings keep \uD800 as JSON's escape: the parsed value holds a lone surrogate.
        var input = JsonNode.Parse("""{"list":[1,"ok","a\uD800b",1e400],"deep":{"n":-1e400,"fine":2}}""");

        var found = UnreadableValues.Find(input);

        Assert.That(found.Select(p => (p.Field, p.Message, p.Code)), Is.EqualTo(new[]
        {
            ("/list/2", NotText, "invalid_text"),
            ("/list/3", TooBig, "out_of_range"),
            ("/deep/n", TooBig, "out_of_range"),
        }));
    }

    [Test]
    public void Find_PropertyNameNotValidText_TheObjectOnceNotItsMembers()
    {
        var found = UnreadableValues.Find(JsonNode.Parse("""{"ok":1,"inner":{"x\uDFFF":1e400}}"""));

        Assert.That(found.Select(p => (p.Field, p.Message, p.Code)), Is.EqualTo(new[]
        {
            ("/inner", "has a property name that is not valid Unicode text (an escaped lone surrogate).", "invalid_text"),
        }));
    }

    [Test]
    public void Find_NumbersAtDecimalsLimit_OnlyThoseBeyondIt()
    {
        var found = UnreadableValues.Find(JsonNode.Parse("""[7.9e28, -7.9e28, 8e28, 0.000001, 12]"""));

        Assert.That(found.Select(p => (p.Field, p.Code)), Is.EqualTo(new[] { ("/2", "out_of_range") }));
    }

    [Test]
    public void Find_NotFiniteDoubleBuiltInCode_OutOfRange()
    {
        var found = UnreadableValues.Find(new JsonObject { ["x"] = JsonValue.Create(double.NaN), ["y"] = 1.5 });

        Assert.That(found.Select(p => (p.Field, p.Code)), Is.EqualTo(new[] { ("/x", "out_of_range") }));
    }

    [Test]
    public void Find_EveryValueReadable_Nothing()
    {
        var found = UnreadableValues.Find(JsonNode.Parse("""{"s":"text \u00e9","n":1.5,"b":true,"z":null,"a":[[]],"o":{}}"""));

        Assert.That(found, Is.Empty);
    }

    [Test]
    public void Find_NameWithSlash_EscapedInThePointer()
    {
        var found = UnreadableValues.Find(JsonNode.Parse("""{"a/b":{"c~d":1e400}}"""));

        Assert.That(found.Select(p => p.Field), Is.EqualTo(Seq.Of("/a~1b/c~0d")));
    }
}
