using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;

namespace Workflow.Sandbox.Output;

/// <summary>Writes JSON to the console's raw writer: no markup, no line wrapping, secrets masked.</summary>
internal static class JsonOutput
{
    public static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(IAnsiConsole console, SecretMasker masker, JsonNode? node) =>
        WriteRaw(console, masker, node?.ToJsonString(Indented) ?? "null");

    /// <summary>The JSON on one line, for a caller that reads line by line while the command keeps running.</summary>
    public static void WriteLine(IAnsiConsole console, SecretMasker masker, JsonNode node) =>
        WriteRaw(console, masker, node.ToJsonString(Compact));

    public static void Write(IAnsiConsole console, SecretMasker masker, JsonElement element) =>
        WriteRaw(console, masker, JsonSerializer.Serialize(element, Indented));

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static void WriteRaw(IAnsiConsole console, SecretMasker masker, string text)
    {
        var writer = console.Profile.Out.Writer;
        writer.WriteLine(masker.Mask(text));
        writer.Flush();
    }
}
