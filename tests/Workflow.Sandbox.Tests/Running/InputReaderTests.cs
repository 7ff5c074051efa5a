using Workflow.Sandbox.Running;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Running;

public class InputReaderTests
{
    [Test]
    public void Read_NoArgument_EmptyObject() =>
        Assert.That(InputReader.Read(null, TextReader.Null, out _)!.ToJsonString(), Is.EqualTo("{}"));

    [Test]
    public void Read_InlineJson_Parsed() =>
        Assert.That(InputReader.Read("""{"a":1}""", TextReader.Null, out _)!["a"]!.GetValue<int>(), Is.EqualTo(1));

    // Built in code: a lone surrogate in an attribute argument does not survive compilation.
    [TestCase("x", 0xD800, "y\"}", 7)]
    [TestCase("", 0xDC00, "\"}", 6)]
    public void Read_LoneSurrogate_InvalidWithPositionNotThrown(string before, int surrogate, string after, int at)
    {
        var text = "{\"a\":\"" + before + (char)surrogate + after;
        var input = InputReader.Read(text, TextReader.Null, out var error);

        Assert.That(input, Is.Null);
        Assert.That(error, Does.Contain($"lone UTF-16 surrogate at character {at}").And.Contain($"BytePositionInLine: {at}"));
    }

    [Test]
    public void Read_Dash_ReadsStandardInput() =>
        Assert.That(InputReader.Read("-", new StringReader("""{"b":2}"""), out _)!["b"]!.GetValue<int>(), Is.EqualTo(2));

    [Test]
    public void Read_FilePath_ReadsTheFile()
    {
        using var temp = new TempPlugins();
        var file = Path.Combine(temp.Root, "input.json");
        File.WriteAllText(file, """{"c":3}""");

        Assert.That(InputReader.Read(file, TextReader.Null, out _)!["c"]!.GetValue<int>(), Is.EqualTo(3));
    }

    [Test]
    public void Read_NeitherFileNorJson_Error()
    {
        var input = InputReader.Read("input.jsn", TextReader.Null, out var error);

        Assert.That(input, Is.Null);
        Assert.That(error, Does.StartWith("--input is neither an existing file nor valid JSON"));
    }
}
