using Microsoft.Extensions.Logging;
using Workflow.Abstractions;
using Workflow.Hosting.Running;

namespace Workflow.Hosting;

/// <summary>How a <see cref="PluginHost"/> loads and runs plugins. Every property has a working default.</summary>
public sealed class PluginHostOptions
{
    /// <summary>
    /// The folder holding the manifest meta-schemas (<c>plugin-manifest.schema.json</c>, <c>action-manifest.schema.json</c>,
    /// <c>trigger-manifest.schema.json</c>). Default: <c>schemas/</c> beside the application, where this package copies them.
    /// </summary>
    public string? SchemasDirectory { get; init; }

    /// <summary>Where the host's and the plugins' logs go (secrets masked). Default: nowhere.</summary>
    public ILoggerFactory? LoggerFactory { get; init; }

    /// <summary>
    /// The services every <see cref="ActionContext"/> carries (rate limiters, clock): one instance for the host's lifetime,
    /// so plugins share clients and limiters across executions. Default: <see cref="HostServices.Default"/>.
    /// </summary>
    public HostServices? Services { get; init; }

    /// <summary>How long one action execution may take before the host cancels it (reported as <c>timeout</c>). Default: 100 s.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>
    /// <see cref="OutputValidationMode.Full"/> (default) validates every output against its manifest;
    /// <see cref="OutputValidationMode.First"/> stops once an action's output has passed in this process (about 150 µs and
    /// 160 KB less per incident output; for plugins you trust).
    /// </summary>
    public OutputValidationMode OutputValidation { get; init; } = OutputValidationMode.Full;
}
