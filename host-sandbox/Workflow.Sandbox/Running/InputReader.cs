using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflow.Sandbox.Running;

/// <summary>Reads --input (or --trigger): a file path, "-" for stdin, or inline JSON; no value means {}.</summary>
internal static class InputReader
{
    /// <summary>The input (null for a JSON null); when it is not JSON, null with <paramref name="error"/> set.</summary>
    /// <param name="argument">The option's value, or null when it was not given.</param>
    /// <param name="standardInput">Read when the value is "-".</param>
    /// <param name="error">Why the value is not JSON, naming <paramref name="option"/>.</param>
    /// <param name="option">The option's name in error messages.</param>
    public static JsonNode? Read(string? argument, TextReader standardInput, out string? error, string option = "--input")
    {
        error = null;
        if (argument is null)
        {
            return new JsonObject();
        }

        var (text, source) = argument == "-" ? (standardInput.ReadToEnd(), "stdin")
            : File.Exists(argument) ? (File.ReadAllText(argument), $"the file '{argument}'")
            : (argument, null);
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException ex)
        {
            error = source is null
                ? $"{option} is neither an existing file nor valid JSON: {ex.Message}"
                : $"{option}: {source} is not valid JSON: {ex.Message}";
            return null;
        }
    }
}
