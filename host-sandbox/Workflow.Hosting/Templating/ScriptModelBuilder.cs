using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Scriban.Runtime;

namespace Workflow.Hosting.Templating;

/// <summary>
/// Builds the read-only template model from JSON. Only <see cref="ScriptObject"/>/<see cref="ScriptArray"/>
/// and primitives are exposed, never .NET objects, and every level is read-only so one render cannot change
/// what the next one sees.
/// </summary>
internal static class ScriptModelBuilder
{
    /// <summary>The model with <c>trigger</c>, <c>steps.&lt;id&gt;.output</c> / <c>.error</c>, <c>run</c> and (when allowed) <c>env</c>.</summary>
    public static ScriptObject Build(TemplateScope scope, Func<string, string?> environment)
    {
        var steps = new ScriptObject();
        foreach (var id in scope.StepOutputs.Keys.Union(scope.StepErrors.Keys))
        {
            steps[id] = ReadOnly(new ScriptObject
            {
                ["output"] = FromJson(scope.StepOutputs.GetValueOrDefault(id)),
                ["error"] = FromJson(scope.StepErrors.GetValueOrDefault(id)),
            });
        }

        var model = new ScriptObject
        {
            ["trigger"] = FromJson(scope.Trigger),
            ["steps"] = ReadOnly(steps),
            ["run"] = ReadOnly(new ScriptObject
            {
                ["id"] = scope.RunId,
                ["started_at"] = scope.StartedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            }),
        };
        foreach (var (name, value) in scope.Variables)
        {
            model[name] = FromJson(value);
        }

        if (scope.AllowedEnv.Count > 0)
        {
            var env = new ScriptObject();
            foreach (var name in scope.AllowedEnv)
                env[name] = environment(name) is { Length: > 0 } value ? value : scope.EnvDefaults.GetValueOrDefault(name);
            model["env"] = ReadOnly(env);
        }

        return ReadOnly(model);
    }

    /// <summary>Converts JSON to read-only Scriban values; integers become <see cref="long"/> when they fit.</summary>
    public static object? FromJson(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => FromObject(obj),
        JsonArray array => new ReadOnlyScriptArray(array.Select(FromJson)),
        JsonValue value => FromValue(value),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    private static ScriptObject FromObject(JsonObject obj)
    {
        var result = new ScriptObject();
        foreach (var (key, child) in obj)
            result[key] = FromJson(child);
        return ReadOnly(result);
    }

    private static object? FromValue(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => FromNumber(value.ToJsonString()),
        _ => null,
    };

    private static object FromNumber(string text)
    {
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
            return integer;
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact))
            return exact;
        return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static ScriptObject ReadOnly(ScriptObject obj)
    {
        obj.IsReadOnly = true;
        return obj;
    }
}
