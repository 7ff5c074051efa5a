using System.Text.Json.Nodes;

namespace Workflow.Hosting.Workflows;

/// <summary>A workflow file's <c>trigger</c>: what starts it, when, and a sample payload.</summary>
/// <param name="On">A trigger id (e.g. <c>incidentio.incident_created</c>), or null for a workflow only run by hand.</param>
/// <param name="If">A Scriban boolean expression over <c>trigger</c>; a delivery it is false for starts no run.</param>
/// <param name="Example">The payload <c>workflow FILE</c> uses when it is not given one.</param>
internal sealed record WorkflowTrigger(string? On, string? If, JsonNode? Example);
