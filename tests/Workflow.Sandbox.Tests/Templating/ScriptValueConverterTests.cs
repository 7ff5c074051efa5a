using System.Numerics;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Scriban;
using Scriban.Runtime;
using Workflow.Hosting.Templating;

namespace Workflow.Sandbox.Tests.Templating;

/// <summary>A single expression's value back to JSON: each .NET kind Scriban yields, and both limits at their boundary.</summary>
public class ScriptValueConverterTests
{
    private static JsonNode? ToJson(object? value, int maxDepth = 64, int maxNodes = 1000) =>
        new ScriptValueConverter(new TemplateContext(), maxDepth, maxNodes).ToJson(value);

    // Unescaped, so that the expected text reads as written ("+01:00", not "\u002B01:00").
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static IEnumerable<TestCaseData> Scalars()
    {
        yield return new TestCaseData(null, "null").SetName("ToJson_Null_Null");
        yield return new TestCaseData("text", "\"text\"").SetName("ToJson_String_String");
        yield return new TestCaseData(true, "true").SetName("ToJson_Boolean_Boolean");
        yield return new TestCaseData('x', "\"x\"").SetName("ToJson_Char_OneCharacterString");
        yield return new TestCaseData(-3, "-3").SetName("ToJson_Int_Integer");
        yield return new TestCaseData(long.MinValue, "-9223372036854775808").SetName("ToJson_Long_Integer");
        yield return new TestCaseData((byte)7, "7").SetName("ToJson_Byte_Integer");
        yield return new TestCaseData(uint.MaxValue, "4294967295").SetName("ToJson_UInt_Integer");
        yield return new TestCaseData(ulong.MaxValue, "18446744073709551615").SetName("ToJson_ULong_IntegerPastLong");
        yield return new TestCaseData(2.50m, "2.50").SetName("ToJson_Decimal_ExactNumber");
        yield return new TestCaseData(1.5, "1.5").SetName("ToJson_Double_Number");
        yield return new TestCaseData(0.25f, "0.25").SetName("ToJson_Float_Number");
        yield return new TestCaseData(BigInteger.Pow(10, 30), "1000000000000000000000000000000").SetName("ToJson_BigInteger_IntegerAsWritten");
        yield return new TestCaseData(new DateTime(2026, 11, 30, 18, 5, 0, DateTimeKind.Utc), "\"2026-11-30T18:05:00.0000000Z\"").SetName("ToJson_DateTime_RoundTripText");
        yield return new TestCaseData(new DateTimeOffset(2026, 11, 30, 18, 5, 0, TimeSpan.FromHours(1)), "\"2026-11-30T18:05:00.0000000+01:00\"").SetName("ToJson_DateTimeOffset_RoundTripText");
        yield return new TestCaseData(TimeSpan.FromMinutes(90), "\"01:30:00\"").SetName("ToJson_OtherValue_ScribansText");
    }

    [TestCaseSource(nameof(Scalars))]
    public void ToJson_Scalar_JsonValue(object? value, string json)
    {
        Assert.That(ToJson(value)?.ToJsonString(Readable) ?? "null", Is.EqualTo(json));
    }

    [TestCase(double.NaN, "NaN is not a JSON number.")]
    [TestCase(double.PositiveInfinity, "Infinity is not a JSON number.")]
    public void ToJson_NotFiniteDouble_Refused(double value, string message)
    {
        Assert.That(() => ToJson(value), Throws.InvalidOperationException.With.Message.EqualTo(message));
    }

    [Test]
    public void ToJson_ObjectAndArray_MembersAndItemsConverted()
    {
        var value = new ScriptObject { ["name"] = "n", ["tags"] = new ScriptArray { "a", 2L, null } };

        Assert.That(ToJson(value)!.ToJsonString(), Is.EqualTo("""{"name":"n","tags":["a",2,null]}"""));
    }

    [Test]
    public void ToJson_ExactlyMaxNodes_ConvertedAndOneMoreRefused()
    {
        // The array is one node and each item one more.
        Assert.That(ToJson(new ScriptArray { 1L, 2L }, maxNodes: 3)!.ToJsonString(), Is.EqualTo("[1,2]"));
        Assert.That(() => ToJson(new ScriptArray { 1L, 2L, 3L }, maxNodes: 3),
            Throws.InvalidOperationException.With.Message.EqualTo("The value has more than 3 JSON nodes."));
    }

    [Test]
    public void ToJson_ExactlyMaxDepth_ConvertedAndOneDeeperRefused()
    {
        // Depth counts the levels below the top: [[1]] reaches depth 2 at its number.
        Assert.That(ToJson(new ScriptArray { new ScriptArray { 1L } }, maxDepth: 2)!.ToJsonString(), Is.EqualTo("[[1]]"));
        Assert.That(() => ToJson(new ScriptArray { new ScriptArray { new ScriptArray { 1L } } }, maxDepth: 2),
            Throws.InvalidOperationException.With.Message.EqualTo("The value is nested deeper than 2 levels (or refers to itself)."));
    }

    [Test]
    public void ToJson_ObjectsPastMaxDepth_Refused()
    {
        var nested = new ScriptObject { ["a"] = new ScriptObject { ["b"] = new ScriptObject { ["c"] = 1L } } };

        Assert.That(() => ToJson(nested, maxDepth: 2),
            Throws.InvalidOperationException.With.Message.EqualTo("The value is nested deeper than 2 levels (or refers to itself)."));
    }
}
