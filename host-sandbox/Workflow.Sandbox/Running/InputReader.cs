using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflow.Sandbox.Running;

/// <summary>Reads --input: a file path, "-" for stdin, or inline JSON; no --input means {}.</summary>
internal static class InputReader
{
    /// <summary>The input (null for a JSON null); when it is not JSON, null with <paramref name="error"/> set.</summary>
    public static JsonNode? Read(string? argument, TextReader standardInput, out string? error)
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
                ? $"--input is neither an existing file nor valid JSON: {ex.Message}"
                : $"--input: {source} is not valid JSON: {ex.Message}";
            return null;
        }
    }
}
