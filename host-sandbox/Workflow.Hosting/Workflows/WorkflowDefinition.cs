using System.Text.Json.Nodes;

namespace Workflow.Hosting.Workflows;

/// <summary>
/// A loaded, validated workflow file. Nothing here has run yet. (Not named <c>Workflow</c>: that is the root
/// namespace, and would not resolve as a type from other namespaces.)
/// </summary>
/// <param name="Name">Shown in run output.</param>
/// <param name="Description">Optional free text.</param>
/// <param name="Trigger">The file's <c>trigger</c> (<c>on</c>, <c>if</c>, <c>example</c>); all null when it has none.</param>
/// <param name="Env">Environment variable names templates may read as <c>env.&lt;NAME&gt;</c>.</param>
/// <param name="Steps">In run order; ids are unique and templates only reference earlier steps.</param>
internal sealed record WorkflowDefinition(
    string Name,
    string? Description,
    WorkflowTrigger Trigger,
    IReadOnlyList<string> Env,
    IReadOnlyList<WorkflowStep> Steps)
{
    /// <summary>The defaults declared for names in <see cref="Env"/>, used when the variable is unset or empty.</summary>
    public IReadOnlyDictionary<string, string> EnvDefaults { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Default trigger payload (<c>trigger.example</c>), or null.</summary>
    public JsonNode? TriggerExample => Trigger.Example;
}
