using System.Text.Json;
using System.Text.Json.Nodes;

namespace IncidentIo.Simulator.Seed;

/// <summary>Reads the seed (the embedded simulator-seed.json, or a user's file) and reports every problem at once.</summary>
internal static class SeedLoader
{
    private const string ResourceName = "IncidentIo.Simulator.simulator-seed.json";

    /// <summary>The default seed's text, e.g. for a "write me a seed file to edit" command.</summary>
    public static string DefaultSeedText()
    {
        using var stream = typeof(SeedLoader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <exception cref="InvalidDataException">The seed is not valid JSON or misses required data.</exception>
    public static SeedCatalog Load(string? seedFile, DateTimeOffset now)
    {
        var source = seedFile ?? "the default seed";
        JsonObject root;
        try
        {
            root = JsonNode.Parse(seedFile is null ? DefaultSeedText() : File.ReadAllText(seedFile)) as JsonObject
                ?? throw new InvalidDataException($"Seed {source} is not a JSON object.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Seed {source} is not valid JSON: {ex.Message}", ex);
        }

        var errors = new List<string>();
        foreach (var list in SeedRules.Lists.Keys)
        {
            var entries = root[list] as JsonArray ?? [];
            root[list] = entries;
            for (var i = 0; i < entries.Count; i++)
            {
                SeedRules.Check(list, i, entries[i], errors);
            }
        }

        CheckKey(root["api_key"], "api_key", errors);
        if (root["limited_api_key"] is not null)
        {
            CheckKey(root["limited_api_key"], "limited_api_key", errors);
        }

        var catalog = errors.Count == 0 ? new SeedCatalog(root, now) : null;
        catalog?.CheckCompleteness(errors);
        return errors.Count == 0
            ? catalog!
            : throw new InvalidDataException($"Seed {source} is invalid:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", errors)}");
    }

    private static void CheckKey(JsonNode? key, string name, List<string> errors)
    {
        if (key?["id"]?.GetValueKind() != JsonValueKind.String || key["name"]?.GetValueKind() != JsonValueKind.String || key["roles"] is not JsonArray)
        {
            errors.Add($"{name}: needs id, name and roles");
        }

        if (key?["scopes"] is { } scopes && (scopes is not JsonArray list || list.Any(s => s?.GetValueKind() != JsonValueKind.String)))
        {
            errors.Add($"{name}: scopes must be an array of strings");
        }
    }
}
