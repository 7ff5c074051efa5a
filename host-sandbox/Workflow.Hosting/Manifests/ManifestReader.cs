using System.Text.Json;
using System.Text.Json.Nodes;
using Workflow.Hosting.Text;
using Workflow.Hosting.Validation;

namespace Workflow.Hosting.Manifests;

/// <summary>Reads a manifest file: parses the JSON, checks it against its meta-schema, then maps it.</summary>
internal static class ManifestReader
{
    private static readonly JsonSerializerOptions Options = ManifestJsonContext.Default.Options;

    /// <summary>The manifest, or null and every reason it could not be read (each one line).</summary>
    /// <param name="path">The manifest file.</param>
    /// <param name="metaSchema">Its meta-schema; null skips that check, for bytes already known to pass it.</param>
    /// <param name="errors">Why it could not be read; empty when it was.</param>
    public static T? Read<T>(string path, CompiledSchema? metaSchema, out IReadOnlyList<string> errors)
        where T : class
    {
        if (metaSchema is null && TryMap<T>(path) is { } known)
        {
            errors = [];
            return known;
        }

        JsonNode? document;
        try
        {
            if (StrictText.ReadFile(path, out var problem) is not { } text)
            {
                errors = [problem!];
                return null;
            }

            document = JsonText.Parse(text);
        }
        catch (JsonException ex)
        {
            errors = [$"is not valid JSON: {ex.Message}"];
            return null;
        }
        catch (IOException ex)
        {
            errors = [$"could not be read: {ex.Message}"];
            return null;
        }

        var problems = metaSchema?.Validate(document) ?? [];
        if (problems.Count > 0)
        {
            errors = [.. problems.Select(p => $"does not match the manifest schema at {Display(p.Field)}: {p.Message}")];
            return null;
        }

        try
        {
            errors = [];
            return document.Deserialize<T>(Options);
        }
        catch (JsonException ex)
        {
            // The meta-schema should make this impossible; if the two ever disagree, say so instead of crashing.
            errors = [$"could not be mapped: {ex.Message}"];
            return null;
        }
    }

    /// <summary>The manifest's <c>id</c> when the file is JSON with a string <c>id</c>, whatever else is wrong with it; else null.</summary>
    public static string? ReadId(string path)
    {
        try
        {
            return StrictText.ReadFile(path, out _) is { } text && JsonNode.Parse(text) is JsonObject { } root
                   && root["id"] is JsonValue id && id.TryGetValue<string>(out var value) ? value : null;
        }
        catch (Exception ex) when (ex is JsonException or IOException)
        {
            return null;
        }
    }

    // Bytes that need no meta-schema check are mapped straight from UTF-8, without a JsonNode tree of the whole
    // document in between; anything unusual (unreadable, not JSON, not mappable) takes the path above, which says why.
    private static T? TryMap<T>(string path)
        where T : class
    {
        try
        {
            ReadOnlySpan<byte> utf8 = File.ReadAllBytes(path);
            return JsonSerializer.Deserialize<T>(utf8.StartsWith(Utf8Bom) ? utf8[Utf8Bom.Length..] : utf8, Options);
        }
        catch (Exception ex) when (ex is JsonException or IOException)
        {
            return null;
        }
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static string Display(string? pointer) => Pointers.Display(pointer);
}
