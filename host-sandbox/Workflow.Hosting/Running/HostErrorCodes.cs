namespace Workflow.Hosting.Running;

/// <summary>Error codes the host itself produces, beside the plugin's ActionErrorCodes.</summary>
internal static class HostErrorCodes
{
    /// <summary>No loaded plugin provides the action id.</summary>
    public const string UnknownAction = "unknown_action";

    /// <summary>The action exists but its plugin or manifest is broken.</summary>
    public const string ActionUnavailable = "action_unavailable";

    /// <summary>--input is neither a file nor valid JSON.</summary>
    public const string InvalidJson = "invalid_json";

    /// <summary>A command-line value is wrong (e.g. a missing key file).</summary>
    public const string Usage = "usage";

    /// <summary>The plugin threw or returned no result.</summary>
    public const string PluginError = "plugin_error";

    /// <summary>The plugin's output does not match its manifest's output schema: a plugin bug.</summary>
    public const string PluginOutputInvalid = "plugin_output_invalid";

    /// <summary>The testConnection action ran and answered <c>"valid": false</c>.</summary>
    public const string ConnectionInvalid = "connection_invalid";

    /// <summary>A step input template failed to parse or render (names the step, field and position).</summary>
    public const string TemplateError = "template_error";

    /// <summary>The workflow file is missing or not a valid workflow.</summary>
    public const string InvalidWorkflow = "invalid_workflow";

    /// <summary>The options of an input cannot be resolved from the --input given (a dependency is missing).</summary>
    public const string MissingDependency = "missing_dependency";

    /// <summary>The host failed unexpectedly.</summary>
    public const string HostError = "host_error";

    /// <summary>A recorded delivery (<c>workflow --trigger-file</c>) has an event type the workflow's trigger does not cover.</summary>
    public const string TriggerMismatch = "trigger_mismatch";

    /// <summary>A verified webhook delivery could not be processed (a host bug); it stays pending.</summary>
    public const string DeliveryFailed = "delivery_failed";
}
