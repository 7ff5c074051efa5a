using System.Text.Json.Nodes;

namespace Workflow.Hosting.Workflows;

/// <summary>One step of a workflow: which action to run and its (templated) input.</summary>
/// <param name="Id">Unique, <c>^[a-z][a-z0-9_-]*$</c>; later steps read <c>steps.&lt;id&gt;.output</c>.</param>
/// <param name="Action">The action id, e.g. <c>incidentio.create_incident</c>.</param>
/// <param name="Input">The templated input object (an empty object when the file has none).</param>
/// <param name="ContinueOnError">Run the next steps even if this one fails.</param>
/// <param name="Timeout">The step's timeout, or null for the host default.</param>
/// <param name="If">A Scriban boolean expression over trigger and earlier steps; false skips the step. Null: always runs.</param>
internal sealed record WorkflowStep(
    string Id,
    string Action,
    JsonObject Input,
    bool ContinueOnError,
    TimeSpan? Timeout,
    string? If = null);
