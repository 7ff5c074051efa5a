namespace Workflow.Hosting.Running;

/// <summary>How a run ended; each maps to one exit code.</summary>
public enum RunStatus
{
    /// <summary>The action produced a valid output (exit 0).</summary>
    Succeeded,

    /// <summary>The action returned an ActionError (exit 1).</summary>
    ActionFailed,

    /// <summary>The input or the command line was wrong: schema errors, bad JSON, unknown action (exit 2).</summary>
    InvalidInput,

    /// <summary>The host or the plugin failed: it threw, returned an invalid output, or could not be loaded (exit 3).</summary>
    HostError,
}
