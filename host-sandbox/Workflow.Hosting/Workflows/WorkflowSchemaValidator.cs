using System.Text.Json.Nodes;
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
            "additional_property" => new WorkflowError(Pointers.Of(problem), $"additionalProperties: {problem.Message.TrimEnd('.')} (extensions must start with 'x-')."),
            _ => new WorkflowError(Pointers.Of(problem), $"{problem.Code}: {problem.Message}"),
        })];
}
