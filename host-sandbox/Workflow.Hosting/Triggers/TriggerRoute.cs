using Workflow.Hosting.Plugins;
using Workflow.Hosting.Workflows;

namespace Workflow.Hosting.Triggers;

/// <summary>A workflow started by a trigger.</summary>
/// <param name="Workflow">The loaded workflow.</param>
/// <param name="Key">Stable name of the workflow within this receiver (its file name without extension); part of run ids.</param>
/// <param name="Trigger">The trigger its <c>trigger.on</c> names.</param>
internal sealed record TriggerRoute(WorkflowDefinition Workflow, string Key, TriggerDefinition Trigger);
