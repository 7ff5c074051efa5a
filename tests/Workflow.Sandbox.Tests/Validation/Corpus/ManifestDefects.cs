using System.Text.Json.Nodes;

namespace Workflow.Sandbox.Tests.Validation.Corpus;

/// <summary>
/// Broken action manifests, deterministically for a seed: a real manifest with one or two of the mistakes a plugin author
/// makes (a typo in a property's type, an unknown or invalid x-ui hint, a wrong annotation, a missing or unknown top-level
/// field, a negative order, an invalid id), each at a different place.
/// </summary>
internal sealed class ManifestDefects(int seed)
{
    private readonly Random _random = new(seed);

    public IEnumerable<DefectCase> Generate(IReadOnlyList<(string File, JsonObject Manifest)> manifests, int count)
    {
        for (var made = 0; made < count; made++)
        {
            var (file, original) = manifests[made % manifests.Count];
            var manifest = original.DeepClone().AsObject();
            var defects = Mistakes(manifest).OrderBy(_ => _random.Next()).Take(1 + _random.Next(2)).Select(apply => apply(manifest)).ToList();
            yield return new DefectCase(file, manifest, defects);
        }
    }

    private static IEnumerable<Func<JsonObject, Defect>> Mistakes(JsonObject manifest)
    {
        var inputs = (manifest["input"]?["properties"] as JsonObject ?? []).Select(p => p.Key).ToList();
        var typed = inputs.Where(n => manifest["input"]!["properties"]![n]?["type"] is JsonValue).ToList();
        if (typed.Count > 0)
        {
            var name = typed[0];
            yield return m => Put(m, $"/input/properties/{name}/type", "strin", DefectKind.TypeTypo);
        }

        if (inputs.Count > 1)
        {
            var name = inputs[^1];
            yield return m => Put(m, $"/input/properties/{name}/x-ui/widget", "dropdown", DefectKind.Enum, $"/input/properties/{name}/x-ui/widget");
            yield return m => Put(m, $"/input/properties/{name}/x-ui/order", -1, DefectKind.Minimum);
        }

        if (inputs.Count > 2)
        {
            var name = inputs[1];
            yield return m => Put(m, $"/input/properties/{name}/x-ui/lable", "Label", DefectKind.UnknownProperty);
        }

        if ((manifest["output"]?["properties"] as JsonObject)?.FirstOrDefault(p => p.Value?["type"] is JsonValue).Key is { } output)
        {
            yield return m => Put(m, $"/output/properties/{output}/type", "strng", DefectKind.TypeTypo);
        }

        yield return m => Put(m, "/annotations/readOnly", "yes", DefectKind.WrongType);
        yield return m => Put(m, "/categroy", "Incidents", DefectKind.UnknownProperty);
        yield return m =>
        {
            m.Remove("category");
            return new Defect(DefectKind.MissingRequired, "/category");
        };
        yield return m => Put(m, "/id", "Incidentio.Create-Incident", DefectKind.Pattern);
    }

    private static Defect Put(JsonObject manifest, string pointer, JsonNode? value, DefectKind kind, string? at = null)
    {
        var segments = pointer.Split('/')[1..];
        var parent = segments[..^1].Aggregate((JsonNode)manifest, (node, segment) => node[segment] ??= new JsonObject());
        parent[segments[^1]] = value;
        return new Defect(kind, at ?? pointer);
    }
}
