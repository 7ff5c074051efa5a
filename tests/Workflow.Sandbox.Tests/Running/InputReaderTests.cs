using Workflow.Hosting.Running;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Running;

public class InputReaderTests
{
    [Test]
    public void Read_NoArgument_EmptyObject() =>
        Assert.That(InputReader.Read(null, Stream.Null, out _)!.ToJsonString(), Is.EqualTo("{}"));

    [Test]
    public void Read_MemberNamedTwice_NotJsonNamingItNotThrown()
    {
        var input = InputReader.Read("""{"incident_id":"a","incident_id":"b"}""", Stream.Null, out var error);

        Assert.That(input, Is.Null);
        Assert.That(error, Is.EqualTo("--input is neither an existing file nor valid JSON: The member 'incident_id' is named twice in the object at the top level; give it once."));
    }

    [Test]
    public void Read_InlineJson_Parsed() =>
        Assert.That(InputReader.Read("""{"a":1}""", Stream.Null, out _)!["a"]!.GetValue<int>(), Is.EqualTo(1));

    // Built in code: a lone surrogate in an attribute argument does not survive compilation.
    [TestCase("x", 0xD800, "y\"}", 7)]
    [TestCase("", 0xDC00, "\"}", 6)]
    public void Read_LoneSurrogate_InvalidWithPositionNotThrown(string before, int surrogate, string after, int at)
    {
        var text = "{\"a\":\"" + before + (char)surrogate + after;
        var input = InputReader.Read(text, Stream.Null, out var error);

        Assert.That(input, Is.Null);
        Assert.That(error, Does.Contain($"lone UTF-16 surrogate at character {at}").And.Contain($"BytePositionInLine: {at}"));
    }

    [Test]
    public void Read_Dash_ReadsStandardInput() =>
        Assert.That(InputReader.Read("-", new MemoryStream("""{"b":2}"""u8.ToArray()), out _)!["b"]!.GetValue<int>(), Is.EqualTo(2));

    [Test]
    public void Read_FilePath_ReadsTheFile()
    {
        using var temp = new TempPlugins();
        var file = Path.Combine(temp.Root, "input.json");
        File.WriteAllText(file, """{"c":3}""");

        Assert.That(InputReader.Read(file, Stream.Null, out _)!["c"]!.GetValue<int>(), Is.EqualTo(3));
    }

    [Test]
    public void Read_NeitherFileNorJson_Error()
    {
        var input = InputReader.Read("input.jsn", Stream.Null, out var error);

        Assert.That(input, Is.Null);
        Assert.That(error, Does.StartWith("--input is neither an existing file nor valid JSON"));
    }

    [Test]
    public void Read_FileWithInvalidUtf8_ErrorNamesTheFileAndByteOffset()
    {
        using var temp = new TempPlugins();
        var file = Path.Combine(temp.Root, "input.json");
        File.WriteAllBytes(file, [.. """{"c":"ab"""u8, 0xFF, .. "\"}"u8]);

        var input = InputReader.Read(file, Stream.Null, out var error);

        Assert.That(input, Is.Null);
        Assert.That(error, Is.EqualTo($"--input: the file '{file}' is not valid UTF-8: byte 0xFF at byte offset 8 (LineNumber: 0 | BytePositionInLine: 8); save it as UTF-8."));
    }

    [Test]
    public void Read_StdinWithInvalidUtf8_ErrorNamesStdinAndByteOffset()
    {
        using var stdin = new MemoryStream([.. "{\"k\":\n\""u8, 0xC3, 0x28, .. "\"}"u8]);

        var input = InputReader.Read("-", stdin, out var error, "--trigger");

        Assert.That(input, Is.Null);
        Assert.That(error, Does.StartWith("--trigger: stdin is not valid UTF-8: byte 0xC3 at byte offset 7 (LineNumber: 1 | BytePositionInLine: 1)"));
    }

    [Test]
    public void Read_LoneSurrogateOnALaterLineAfterAPair_LineAndColumnOfTheLoneOne()
    {
        // "{\n  \"a\": \"" is 10 characters; a valid pair (an emoji) takes 10–11, 'x' 12, the lone surrogate 13.
        var text = "{\n  \"a\": \"\uD83D\uDE00x" + (char)0xD800 + "\"}";

        var input = InputReader.Read(text, Stream.Null, out var error, "--trigger");

        Assert.That(input, Is.Null);
        Assert.That(error, Is.EqualTo("--trigger is not valid text: a lone UTF-16 surrogate at character 13 (LineNumber: 1 | BytePositionInLine: 11)."));
    }

    // Exact positions at the edges: the first character, the last one (a high surrogate with nothing after it), and a lone
    // surrogate before a valid pair at the very end.
    [TestCase("", 0xDC00, "{}", 0)]
    [TestCase("{\"a\":\"x", 0xD800, "", 7)]
    [TestCase("\"x", 0xDC00, "y\uD83D\uDE00", 2)]
    public void Read_LoneSurrogateAtAnEdge_ItsExactPosition(string before, int surrogate, string after, int at)
    {
        var input = InputReader.Read(before + (char)surrogate + after, Stream.Null, out var error);

        Assert.That(input, Is.Null);
        Assert.That(error, Is.EqualTo($"--input is not valid text: a lone UTF-16 surrogate at character {at} (LineNumber: 0 | BytePositionInLine: {at})."));
    }

    [Test]
    public void Read_LoneSurrogateFirstOnALineAndBeforeANewline_LineAndColumnZero()
    {
        var text = "{\n" + (char)0xD800 + "\n}";

        InputReader.Read(text, Stream.Null, out var error);

        Assert.That(error, Is.EqualTo("--input is not valid text: a lone UTF-16 surrogate at character 2 (LineNumber: 1 | BytePositionInLine: 0)."));
    }

    [Test]
    public void Read_ValidPairAtTheEnd_NotALoneSurrogate()
    {
        // The pair ends the text: it is read as one character, and the text is then simply not JSON.
        InputReader.Read("\"\uD83D\uDE00", Stream.Null, out var error);

        Assert.That(error, Does.StartWith("--input is neither an existing file nor valid JSON: "));
    }

    [Test]
    public void Read_FileNotJson_ErrorNamesTheFile()
    {
        using var temp = new TempPlugins();
        var file = Path.Combine(temp.Root, "input.json");
        File.WriteAllText(file, "{oops");

        var input = InputReader.Read(file, Stream.Null, out var error);

        Assert.That(input, Is.Null);
        Assert.That(error, Does.StartWith($"--input: the file '{file}' is not valid JSON: "));
    }

    [Test]
    public void Read_InlineNotJsonForAnotherOption_NamesThatOption()
    {
        InputReader.Read("{oops", Stream.Null, out var error, "--trigger");

        Assert.That(error, Does.StartWith("--trigger is neither an existing file nor valid JSON: "));
    }

    [Test]
    public void Read_ValidInput_NoError()
    {
        var input = InputReader.Read("""{"a":1}""", Stream.Null, out var error);

        Assert.That((input?.ToJsonString(), error), Is.EqualTo(("""{"a":1}""", (string?)null)));
    }
}
