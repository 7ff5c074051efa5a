using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentIo.Plugin.Json;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions;

/// <summary>
/// Reading an action's input into typed records. The host validated it against the manifest already; these
/// checks guard direct callers and hosts that do not validate, and name the field with a JSON Pointer.
/// </summary>
internal static class ActionInput
{
    /// <summary>
    /// The input as a mutable JSON object, or <c>validation_failed</c> when it is not an object or names a member twice in
    /// one object (which of the two values is meant is unclear).
    /// </summary>
    public static bool TryObject(JsonElement input, [NotNullWhen(true)] out JsonObject? node, [NotNullWhen(false)] out ActionError? error)
    {
        node = null;
        if (input.ValueKind != JsonValueKind.Object)
        {
            error = Invalid("The input must be a JSON object", new ActionErrorDetail("", "must be an object", "invalid_type"));
            return false;
        }

        try
        {
            node = JsonNode.Parse(input.GetRawText(), documentOptions: DuplicateMembers.Refused)!.AsObject();
            error = null;
            return true;
        }
        catch (JsonException duplicate)
        {
            var member = DuplicateMembers.NameIn(duplicate);
            error = Invalid(
                $"The input names the member '{member}' twice in one object; give it once",
                new ActionErrorDetail("", $"names '{member}' twice in one object", "duplicate_member"));
            return false;
        }
        catch (InvalidOperationException)
        {
            // The duplicate check reads every member name; one escaping a lone surrogate ("x\uDFFF") cannot be read as text.
            error = Invalid(
                "The input has a member name that is not valid Unicode text (an escaped lone surrogate)",
                new ActionErrorDetail("", "has a member name that is not valid Unicode text", "invalid_text"));
            return false;
        }
    }

    /// <summary>Binds <paramref name="node"/> to <typeparamref name="T"/> with the API's snake_case names; a wrong type or a missing required field is <c>validation_failed</c> naming it.</summary>
    public static bool TryBind<T>(JsonNode node, [NotNullWhen(true)] out T? value, [NotNullWhen(false)] out ActionError? error)
        where T : class
    {
        try
        {
            // Stryker disable once String : unreachable; a JsonNode is never JSON null, so it binds to a value or fails with the serializer's own message
            value = node.Deserialize<T>(IncidentIoJson.Options) ?? throw new JsonException("The input is null.");
            error = null;
            return true;
        }
        catch (JsonException problem)
        {
            var field = Pointer(problem.Path);
            value = null;
            error = Invalid(
                $"The input does not have the expected shape{(field.Length == 0 ? "" : $" at {field}")}: {problem.Message}",
                new ActionErrorDetail(field, problem.Message, "invalid_type"));
            return false;
        }
    }

    /// <summary>
    /// The trimmed text of the required string <paramref name="field"/> (a path id such as <c>alert_id</c>), or
    /// <c>validation_failed</c> naming <c>/field</c> with <paramref name="what"/> when it is missing, blank or not a string.
    /// </summary>
    public static bool TryRequiredText(JsonElement input, string field, string what, [NotNullWhen(true)] out string? value, [NotNullWhen(false)] out ActionError? error)
    {
        value = input.ValueKind == JsonValueKind.Object && input.TryGetProperty(field, out var found) && found.ValueKind == JsonValueKind.String
            ? found.GetString()!.Trim()
            : null;
        if (!string.IsNullOrEmpty(value))
        {
            error = null;
            return true;
        }

        value = null;
        error = Invalid($"{field} is required: {what}", new ActionErrorDetail("/" + field, "must be a non-empty string", "is_required"));
        return false;
    }

    /// <summary>The text of a string property, or null when it is absent or not a string.</summary>
    public static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static ActionError Invalid(string message, params ActionErrorDetail[] details) => new()
    {
        Code = ActionErrorCodes.ValidationFailed,
        Message = message,
        Hint = "Correct the input named in the details and run the step again.",
        Details = details,
    };

    /// <summary>System.Text.Json's <c>$.a[0].b</c> as the JSON Pointer <c>/a/0/b</c>, names escaped; <c>""</c> for the root or no path.</summary>
    public static string Pointer(string? jsonPath) => JsonPointers.FromPath(jsonPath) ?? "";
}
