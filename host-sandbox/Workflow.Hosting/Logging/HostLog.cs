using Microsoft.Extensions.Logging;
using Workflow.Hosting.Manifests;
using Workflow.Hosting.Plugins;

namespace Workflow.Hosting.Logging;

/// <summary>The host's own log messages (source-generated, structured).</summary>
internal static partial class HostLog
{
    [LoggerMessage(1, LogLevel.Debug, "Loading plugin folder {Folder}")]
    public static partial void LoadingPluginFolder(this ILogger logger, string folder);

    [LoggerMessage(2, LogLevel.Debug, "Loaded plugin {PluginId} {Version} from {Folder}: {ActionCount} action(s) available")]
    public static partial void LoadedPlugin(this ILogger logger, string pluginId, string version, string folder, int actionCount);

    [LoggerMessage(3, LogLevel.Debug, "Connection {PluginId}.{Field} = {Value}")]
    public static partial void ConnectionField(this ILogger logger, string pluginId, string field, object value);

    [LoggerMessage(4, LogLevel.Debug, "Running {ActionId} (run {RunId}, step {StepId}, attempt {Attempt})")]
    public static partial void Running(this ILogger logger, string actionId, string runId, string stepId, int attempt);

    [LoggerMessage(5, LogLevel.Debug, "{ActionId} (step {StepId}) failed inside the plugin")]
    public static partial void PluginFailed(this ILogger logger, Exception? exception, string actionId, string stepId);

    [LoggerMessage(6, LogLevel.Information, "An output of {ActionId} matched its schema: with --output-validation first, its later outputs in this process are not validated")]
    public static partial void OutputValidationSampled(this ILogger logger, string actionId);
}
