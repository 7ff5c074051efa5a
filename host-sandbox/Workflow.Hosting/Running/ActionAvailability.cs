using Workflow.Abstractions;
using Workflow.Hosting.Plugins;

namespace Workflow.Hosting.Running;

/// <summary>Why an action id cannot run: nobody provides it (exit 2), or its plugin is broken (exit 3).</summary>
internal static class ActionAvailability
{
    public static RunOutcome Unavailable(PluginCatalog catalog, string actionId)
    {
        var problems = catalog.ProblemsOf(actionId);
        return problems.Count == 0
            ? RunOutcome.Failed(actionId, RunStatus.InvalidInput, HostErrorCodes.UnknownAction,
                $"No loaded plugin provides the action '{actionId}'.", "Run `list` to see the available actions.")
            : RunOutcome.Failed(actionId, RunStatus.HostError, new ActionError
            {
                Code = HostErrorCodes.ActionUnavailable,
                // The problems name manifest files, not input fields, so they go in the message: a detail's field is a JSON Pointer.
                Message = $"The action '{actionId}' is not available: its plugin or manifest is broken ({string.Join("; ", problems.Select(p => $"{p.File}: {p.Message}"))}).",
                Hint = "Run `validate` for the full report.",
            });
    }
}
