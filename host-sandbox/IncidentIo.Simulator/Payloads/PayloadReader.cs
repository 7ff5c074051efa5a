using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentIo.Simulator.Errors;
using IncidentIo.Simulator.Seed;

namespace IncidentIo.Simulator.Payloads;

/// <summary>
/// Reads a request body's fields and collects every problem as a 422 detail whose source.field is the full JSON
/// path (e.g. <c>incident.severity_id</c>), so all errors come back in one response.
/// </summary>
internal sealed class PayloadReader(JsonObject? body, string prefix, List<ApiErrorDetail> errors)
{
    public List<ApiErrorDetail> Errors => errors;

    public bool Has(string field) => body?.ContainsKey(field) == true;

    public PayloadReader Nested(JsonObject? child, string path) => new(child, prefix + path + ".", errors);

    public string Path(string field) => prefix + field;

    public string? String(string field, bool required = false) => Read(field, JsonValueKind.String, "a string", required) is { } v ? (string)v! : null;

    public bool? Bool(string field, bool required = false) =>
        Read(field, JsonValueKind.True, "a boolean", required) is { } v ? (bool)v : null;

    public long? Integer(string field) => Read(field, JsonValueKind.Number, "an integer", required: false) is { } v ? (long)v : null;

    public JsonObject? Object(string field, bool required = false) => Read(field, JsonValueKind.Object, "an object", required) as JsonObject;

    public JsonArray? Array(string field, bool required = false) => Read(field, JsonValueKind.Array, "an array", required) as JsonArray;

    public string? Enum(string field, IReadOnlyList<string> allowed, bool required = false)
    {
        var value = String(field, required);
        if (value is null || allowed.Contains(value))
        {
            return value;
        }

        Invalid(field, $"'{value}' is not one of: {string.Join(", ", allowed)}");
        return null;
    }

    /// <summary>An id that must name an entry of a seed list (severities, incident_statuses …).</summary>
    public JsonObject? Reference(string field, SeedCatalog catalog, string list, string what, bool required = false)
    {
        var id = String(field, required);
        if (id is null)
        {
            return null;
        }

        var found = catalog.Find(list, id);
        if (found is null)
        {
            Invalid(field, $"No {what} exists with id '{id}'");
        }

        return found;
    }

    public void Required(string field, string message) => errors.Add(new ApiErrorDetail("is_required", message, Path(field)));

    public void Invalid(string field, string message) => errors.Add(new ApiErrorDetail("invalid_value", message, Path(field)));

    private JsonNode? Read(string field, JsonValueKind kind, string description, bool required)
    {
        var value = body?[field];
        if (value is null)
        {
            if (required)
            {
                Required(field, $"{Path(field)} is required");
            }

            return null;
        }

        var actual = value.GetValueKind();
        var matches = kind switch
        {
            JsonValueKind.True => actual is JsonValueKind.True or JsonValueKind.False,
            JsonValueKind.Number => actual == JsonValueKind.Number && value.AsValue().TryGetValue<long>(out _),
            _ => actual == kind,
        };
        if (!matches)
        {
            Invalid(field, $"{Path(field)} must be {description}");
            return null;
        }

        return value;
    }
}
