using System.Text;
using Workflow.Hosting.Text;

namespace Workflow.Sandbox.Tests.Text;

public class StrictTextTests
{
    private static readonly byte[] Json = """{"name":"Zürich ✓ 🚀"}"""u8.ToArray();

    [Test]
    public void Decode_ValidUtf8_TheText() =>
        Assert.That(StrictText.Decode(Json, out _), Is.EqualTo("""{"name":"Zürich ✓ 🚀"}"""));

    [Test]
    public void Decode_Utf8Bom_Skipped() =>
        Assert.That(StrictText.Decode([0xEF, 0xBB, 0xBF, .. Json], out _), Is.EqualTo("""{"name":"Zürich ✓ 🚀"}"""));

    [TestCase(false)]
    [TestCase(true)]
    public void Decode_Utf16WithBom_TheText(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);

        Assert.That(StrictText.Decode([.. encoding.GetPreamble(), .. encoding.GetBytes("""{"a":"✓"}""")], out _), Is.EqualTo("""{"a":"✓"}"""));
    }

    // {"a":"ab?cd"} with the bad bytes at offset 8: a stray byte, a truncated sequence, an overlong '/', an encoded surrogate.
    [TestCase(new byte[] { 0xFF }, "0xFF")]
    [TestCase(new byte[] { 0xC3 }, "0xC3")]
    [TestCase(new byte[] { 0xE2, 0x82 }, "0xE2")]
    [TestCase(new byte[] { 0xC0, 0xAF }, "0xC0")]
    [TestCase(new byte[] { 0xED, 0xA0, 0x80 }, "0xED")]
    public void Decode_InvalidUtf8_NullWithTheByteAndItsOffset(byte[] bad, string shown)
    {
        var text = StrictText.Decode([.. """{"a":"ab"""u8, .. bad, .. "cd\"}"u8], out var problem);

        Assert.That(text, Is.Null);
        Assert.That(problem, Is.EqualTo($"is not valid UTF-8: byte {shown} at byte offset 8 (LineNumber: 0 | BytePositionInLine: 8)"));
    }

    [Test]
    public void Decode_InvalidUtf8OnALaterLine_LineAndPositionAsSystemTextJson()
    {
        StrictText.Decode([0xEF, 0xBB, 0xBF, .. "{\n  \"a\":\n  \"x"u8, 0xFE, .. "\"}"u8], out var problem);

        Assert.That(problem, Is.EqualTo("is not valid UTF-8: byte 0xFE at byte offset 16 (LineNumber: 2 | BytePositionInLine: 4)"));
    }

    [Test]
    public void Decode_TruncatedAtTheEnd_NamesTheLastSequence()
    {
        StrictText.Decode([.. "\"ab"u8, 0xF0, 0x9F], out var problem);

        Assert.That(problem, Does.StartWith("is not valid UTF-8: byte 0xF0 at byte offset 3"));
    }

    [Test]
    public void Decode_Utf16LoneSurrogate_NullWithItsOffset()
    {
        // FF FE, then "a" (61 00) and a lone high surrogate D800 (00 D8), then "b".
        var text = StrictText.Decode([0xFF, 0xFE, 0x61, 0x00, 0x00, 0xD8, 0x62, 0x00], out var problem);

        Assert.That(text, Is.Null);
        Assert.That(problem, Does.StartWith("is not valid UTF-16: byte 0x00 at byte offset 4"));
    }

    // Units after the BOM: a lone low surrogate after two characters, a lone high surrogate as the last unit (each endianness).
    [TestCase(false, 0xDC00, "c", 0x00)]
    [TestCase(true, 0xDC00, "c", 0xDC)]
    [TestCase(false, 0xD800, "", 0x00)]
    [TestCase(true, 0xD800, "", 0xD8)]
    public void Decode_Utf16LoneSurrogateAfterTwoCharacters_NullWithItsOffset(bool bigEndian, int surrogate, string after, int firstByte)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true, throwOnInvalidBytes: false);
        var unit = bigEndian ? new[] { (byte)(surrogate >> 8), (byte)surrogate } : [(byte)surrogate, (byte)(surrogate >> 8)];

        var text = StrictText.Decode([.. encoding.GetPreamble(), .. encoding.GetBytes("ab"), .. unit, .. encoding.GetBytes(after)], out var problem);

        Assert.That(text, Is.Null);
        Assert.That(problem, Is.EqualTo($"is not valid UTF-16: byte 0x{firstByte:X2} at byte offset 6 (LineNumber: 0 | BytePositionInLine: 6)"));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Decode_Utf16SurrogatePairs_TheText(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);

        Assert.That(StrictText.Decode([.. encoding.GetPreamble(), .. encoding.GetBytes("""{"a":"🚀x🚀"}""")], out var problem), Is.EqualTo("""{"a":"🚀x🚀"}"""));
        Assert.That(problem, Is.Null);
    }

    [Test]
    public void Decode_InvalidUtf8BeforeANewline_TheLineOfTheByte()
    {
        StrictText.Decode([.. "\"ab"u8, 0xFF, .. "\"\n\n"u8], out var problem);

        Assert.That(problem, Is.EqualTo("is not valid UTF-8: byte 0xFF at byte offset 3 (LineNumber: 0 | BytePositionInLine: 3)"));
    }

    [Test]
    public void Decode_Utf16OddLength_NamesTheLastByte()
    {
        StrictText.Decode([0xFE, 0xFF, 0x00, 0x61, 0x00], out var problem);

        Assert.That(problem, Does.StartWith("is not valid UTF-16: byte 0x00 at byte offset 4"));
    }

    [Test]
    public void ReadToEnd_Stream_DecodedStrictly()
    {
        using var stream = new MemoryStream([.. "{}"u8, 0x80]);

        Assert.That(StrictText.ReadToEnd(stream, out var problem), Is.Null);
        Assert.That(problem, Does.Contain("byte 0x80 at byte offset 2"));
    }
}
