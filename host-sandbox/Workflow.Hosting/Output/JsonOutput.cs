using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Workflow.Hosting.Masking;

namespace Workflow.Hosting.Output;

/// <summary>Writes JSON straight to a writer (stdout for the CLI): no markup, no line wrapping, secrets masked.</summary>
internal static class JsonOutput
{
    public static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter writer, SecretMasker masker, JsonNode? node) =>
        WriteRaw(writer, masker, node?.ToJsonString(Indented) ?? "null");

    /// <summary>The JSON on one line, for a caller that reads line by line while the command keeps running.</summary>
    public static void WriteLine(TextWriter writer, SecretMasker masker, JsonNode node) =>
        WriteRaw(writer, masker, node.ToJsonString(Compact));

    public static void Write(TextWriter writer, SecretMasker masker, JsonElement element) =>
        WriteRaw(writer, masker, JsonSerializer.Serialize(element, Indented));

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static void WriteRaw(TextWriter writer, SecretMasker masker, string text)
    {
        writer.WriteLine(masker.Mask(text));
        writer.Flush();
    }
}
