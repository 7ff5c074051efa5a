using System.Text.Json.Nodes;
using Workflow.Hosting.Templating;

namespace Workflow.Hosting.Workflows;

/// <summary>Checks JSON Schema cannot express: unique step ids, template syntax, and templates reading only earlier steps.</summary>
internal static class WorkflowSemanticChecks
{
    /// <summary>Every problem found in the <c>steps</c> array (read defensively: the schema may have failed too).</summary>
    public static IReadOnlyList<WorkflowError> Check(JsonNode? root)
    {
        var errors = new List<WorkflowError>();
        if (root is not JsonObject { } file || file["steps"] is not JsonArray steps)
            return errors;

        var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < steps.Count; i++)
        {
            // A plain local, not a pattern variable: Stryker's mutants of this loop must compile (tests/Mutation/README.md).
            var id = StepId(steps[i]);
            if (id is null)
                continue;
            if (!firstIndex.TryAdd(id, i))
                errors.Add(new($"/steps/{i}/id", $"Duplicate step id '{id}' (first used by /steps/{firstIndex[id]})."));
        }

        for (var i = 0; i < steps.Count; i++)
            errors.AddRange(CheckReferences(steps[i], i, firstIndex));
        return errors;
    }

    private static IEnumerable<WorkflowError> CheckReferences(JsonNode? step, int index, Dictionary<string, int> firstIndex)
    {
        var stepId = StepId(step) ?? $"#{index}";
        foreach (var (field, text) in JsonStringWalker.Enumerate(step?["input"]))
        {
            // A syntax error anywhere stops the file, not the step it sits in after earlier steps have changed things.
            foreach (var (line, column, message) in TemplateSyntax.Problems(text))
                yield return new($"/steps/{index}/input{field}", $"steps[{stepId}]{field}: ({line},{column}) {message}");

            foreach (var referenced in StepReferenceScanner.FindStepIds(text))
            {
                var problem = !firstIndex.TryGetValue(referenced, out var at) ? $"refers to unknown step '{referenced}'"
                    : at < index ? null
                    : at == index ? $"refers to its own output (steps.{referenced}); only earlier steps have outputs"
                    : $"refers to step '{referenced}', which runs later (/steps/{at})";
                if (problem is not null)
                    yield return new($"/steps/{index}/input{field}", $"steps[{stepId}]{field}: template {problem}.");
            }
        }
    }

    private static string? StepId(JsonNode? step) =>
        step is JsonObject && step["id"] is JsonValue id && id.TryGetValue<string>(out var text) ? text : null;
}
