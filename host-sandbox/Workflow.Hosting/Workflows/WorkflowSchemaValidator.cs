using System.Text.Json.Nodes;
using Workflow.Abstractions;
using Workflow.Hosting.Validation;

namespace Workflow.Hosting.Workflows;

/// <summary>
/// Checks a workflow file against <c>workflow.schema.json</c>, with the problems chosen as for every other schema
/// (<see cref="ErrorSelection"/>): one per real defect, each at its JSON Pointer and prefixed with the failed keyword
/// (<c>required:</c>, <c>additionalProperties:</c>, …).
/// </summary>
internal sealed class WorkflowSchemaValidator(CompiledSchema schema)
{
    public static WorkflowSchemaValidator FromText(string schemaText) =>
        new(CompiledSchema.Compile(JsonNode.Parse(schemaText) ?? throw new ArgumentException("The schema is null.", nameof(schemaText))));

    public IReadOnlyList<WorkflowError> Validate(JsonNode? root) =>
        [.. schema.Validate(root).Select(problem => problem.Code switch
        {
            "additional_property" => new WorkflowError(PointerOf(problem), $"additionalProperties: {problem.Message.TrimEnd('.')} (extensions must start with 'x-')."),
            _ => new WorkflowError(PointerOf(problem), $"{problem.Code}: {problem.Message}"),
        })];

    // Stryker disable once String : unreachable; every problem CompiledSchema chooses carries its value's pointer ("" at the root), so "" only satisfies the nullable type
    private static string PointerOf(ActionErrorDetail problem) => problem.Field ?? "";
}
