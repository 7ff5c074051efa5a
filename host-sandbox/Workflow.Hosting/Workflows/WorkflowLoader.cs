using System.Text.Json;
using System.Text.Json.Nodes;
using Workflow.Hosting.Text;

namespace Workflow.Hosting.Workflows;

/// <summary>
/// Loads a workflow file: parses it, validates it against <c>workflow.schema.json</c> and the semantic checks,
/// and reports every problem at once with JSON Pointers. Thread-safe.
/// </summary>
internal sealed class WorkflowLoader(WorkflowSchemaValidator validator, Func<string, string?>? environment = null)
{
    /// <summary>The schema's file name, copied to <c>schemas/</c> in the host's output.</summary>
    public const string SchemaFileName = "workflow.schema.json";

    private static readonly JsonDocumentOptions ParseOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip, // hand-edited files may carry comments
        AllowTrailingCommas = true,
    };

    /// <summary>A loader using the schema shipped beside the host (<c>schemas/workflow.schema.json</c>) and the process environment.</summary>
    public static WorkflowLoader CreateDefault() =>
        FromSchemaFile(Path.Combine(AppContext.BaseDirectory, "schemas", SchemaFileName), Environment.GetEnvironmentVariable);

    /// <summary>A loader using the schema at <paramref name="schemaPath"/>.</summary>
    /// <param name="schemaPath">The workflow schema.</param>
    /// <param name="environment">Reads an environment variable, to refuse a file whose <c>env</c> names one that is unset
    /// and has no default; null skips that check (the file alone is checked).</param>
    public static WorkflowLoader FromSchemaFile(string schemaPath, Func<string, string?>? environment = null) =>
        new(WorkflowSchemaValidator.FromText(File.ReadAllText(schemaPath)), environment);

    /// <summary>Reads and loads the workflow file at <paramref name="path"/>.</summary>
    /// <exception cref="WorkflowLoadException">The file is not a valid workflow.</exception>
    public async Task<WorkflowDefinition> LoadFileAsync(string path, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        var json = StrictText.Decode(bytes, out var problem)
            ?? throw new WorkflowLoadException(path, [new("", $"The file {problem}; save it as UTF-8.")]);
        return Load(json, path);
    }

    /// <summary>Loads a workflow from JSON text; <paramref name="origin"/> names it in errors.</summary>
    /// <exception cref="WorkflowLoadException">The text is not a valid workflow.</exception>
    public WorkflowDefinition Load(string json, string origin = "workflow")
    {
        JsonNode? root;
        try
        {
            root = JsonText.Parse(json, ParseOptions);
        }
        catch (DuplicateMemberException ex)
        {
            throw new WorkflowLoadException(origin, [new(ex.Pointer, $"Invalid JSON: {ex.Message}")]);
        }
        catch (JsonException ex)
        {
            // 1-based, as editors count (System.Text.Json counts from 0).
            var where = ex.LineNumber is { } line
                ? $" at line {line + 1}, position {ex.BytePositionInLine + 1}"
                : // Stryker disable once String : unreachable; System.Text.Json gives every parse error it raises its line and position
                  "";
            throw new WorkflowLoadException(origin, [new("", $"Invalid JSON{where}: {ex.Message}")]);
        }

        var errors = validator.Validate(root).Concat(WorkflowSemanticChecks.Check(root)).ToList();
        if (errors.Count == 0 && environment is not null)
            errors.AddRange(UnsetEnv((JsonArray?)root!["env"], environment));
        if (errors.Count > 0)
            throw new WorkflowLoadException(origin, errors);
        return WorkflowModelReader.Read((JsonObject)root!);
    }

    // A template reading an unset variable would render "" in the middle of a run: refuse the file before step 1.
    private static IEnumerable<WorkflowError> UnsetEnv(JsonArray? env, Func<string, string?> environment)
    {
        for (var i = 0; i < (env?.Count ?? 0); i++)
        {
            if (env![i] is JsonValue && WorkflowModelReader.EnvName(env[i]) is var name && string.IsNullOrEmpty(environment(name)))
                yield return new($"/env/{i}", $"The environment variable {name} is not set. Set it, or declare a default: {{\"name\": \"{name}\", \"default\": \"…\"}}.");
        }
    }
}
