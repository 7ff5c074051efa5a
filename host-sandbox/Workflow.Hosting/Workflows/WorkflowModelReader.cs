using System.Text.Json.Nodes;

namespace Workflow.Hosting.Workflows;

/// <summary>Turns a schema-valid workflow document into the typed model.</summary>
internal static class WorkflowModelReader
{
    /// <summary>The typed model; <paramref name="root"/> must already be valid against the schema.</summary>
    public static WorkflowDefinition Read(JsonObject root) => new(
        root["name"]!.GetValue<string>(),
        root["description"]?.GetValue<string>(),
        new WorkflowTrigger(
            root["trigger"]?["on"]?.GetValue<string>(), root["trigger"]?["if"]?.GetValue<string>(), root["trigger"]?["example"]?.DeepClone()),
        root["env"]?.AsArray().Select(EnvName).ToList() ?? [],
        root["steps"]!.AsArray().Select(ReadStep).ToList())
    {
        EnvDefaults = ReadEnvDefaults(root["env"] as JsonArray),
    };

    /// <summary>The names in <c>env</c> declared with a default (<c>{"name": …, "default": …}</c>), and their defaults.</summary>
    public static IReadOnlyDictionary<string, string> ReadEnvDefaults(JsonArray? env) =>
        (env ?? []).OfType<JsonObject>().ToDictionary(o => o["name"]!.GetValue<string>(), o => o["default"]!.GetValue<string>(), StringComparer.Ordinal);

    /// <summary>The variable name of one <c>env</c> item: the string itself, or its <c>name</c>.</summary>
    public static string EnvName(JsonNode? item) => item is JsonObject declared ? declared["name"]!.GetValue<string>() : item!.GetValue<string>();

    private static WorkflowStep ReadStep(JsonNode? step) => new(
        step!["id"]!.GetValue<string>(),
        step["action"]!.GetValue<string>(),
        step["input"]?.DeepClone().AsObject() ?? [],
        step["continue_on_error"]?.GetValue<bool>() ?? false,
        step["timeout_seconds"] is { } seconds ? TimeSpan.FromSeconds(seconds.GetValue<double>()) : null,
        step["if"]?.GetValue<string>());
}
