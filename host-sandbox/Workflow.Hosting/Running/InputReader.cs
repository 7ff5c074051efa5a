using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Workflow.Hosting.Text;

namespace Workflow.Hosting.Running;

/// <summary>Reads --input (or --trigger): a file path, "-" for stdin, or inline JSON; no value means {}.</summary>
internal static class InputReader
{
    /// <summary>The input (null for a JSON null); when it is not JSON, null with <paramref name="error"/> set.</summary>
    /// <param name="argument">The option's value, or null when it was not given.</param>
    /// <param name="standardInput">Read when the value is "-".</param>
    /// <param name="error">Why the value is not JSON (or a file or stdin not UTF-8), naming <paramref name="option"/>.</param>
    /// <param name="option">The option's name in error messages.</param>
    public static JsonNode? Read(string? argument, Stream standardInput, out string? error, string option = "--input")
    {
        error = null;
        if (argument is null)
        {
            return new JsonObject();
        }

        string? problem = null;
        var (text, source) = argument == "-" ? (StrictText.ReadToEnd(standardInput, out problem), "stdin")
            : File.Exists(argument) ? (StrictText.ReadFile(argument, out problem), $"the file '{argument}'")
            : (argument, null);
        if (text is null)
        {
            error = $"{option}: {source} {problem}; save it as UTF-8.";
            return null;
        }

        try
        {
            return JsonText.Parse(text);
        }
        catch (ArgumentException)
        {
            // JsonNode.Parse(string) transcodes to UTF-8 first and throws ArgumentException, not JsonException, for a lone
            // surrogate, its only cause. Only inline text can hold one: a file's or stdin's bytes are decoded strictly.
            var at = LoneSurrogateAt(text);
            error = $"{option} is not valid text: a lone UTF-16 surrogate at character {at} (LineNumber: {Line(text, at)} | BytePositionInLine: {Column(text, at)}).";
            return null;
        }
        catch (JsonException ex)
        {
            error = source is null
                ? $"{option} is neither an existing file nor valid JSON: {ex.Message}"
                : $"{option}: {source} is not valid JSON: {ex.Message}";
            return null;
        }
    }

    // Transcoding stops at the first character it cannot encode: the lone surrogate (a valid pair is read as one character).
    private static int LoneSurrogateAt(string text)
    {
        var utf8 = new byte[Encoding.UTF8.GetMaxByteCount(text.Length)];
        Utf8.FromUtf16(text, utf8, out var read, out _, replaceInvalidSequences: false);
        return read;
    }

    private static int Line(string text, int at) => text.AsSpan(0, at).Count('\n');

    private static int Column(string text, int at) => at - (text.AsSpan(0, at).LastIndexOf('\n') + 1);
}
