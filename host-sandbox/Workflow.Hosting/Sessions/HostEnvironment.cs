using Microsoft.Extensions.Logging;
using Workflow.Hosting.Masking;
using Workflow.Hosting.Plugins;
using Workflow.Hosting.Validation;

namespace Workflow.Hosting.Sessions;

/// <summary>What the commands take from the process: environment variables, stdin, where plugins are, the masker.</summary>
internal sealed class HostEnvironment
{
    /// <summary>The masker shared with the process's stdout and stderr writers.</summary>
    public required SecretMasker Masker { get; init; }

    public Func<string, string?> GetVariable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>Raw bytes, not Console.In: that decodes invalid UTF-8 to U+FFFD, which --input - must refuse instead.</summary>
    public Stream StandardInput { get; init; } = Console.OpenStandardInput();

    /// <summary>plugins/ next to the host's dll, used when --plugins is not given.</summary>
    public string DefaultPluginsDirectory { get; init; } = Path.Combine(AppContext.BaseDirectory, "plugins");

    public ManifestMetaSchemas ManifestMetaSchemas { get; init; } = ManifestMetaSchemas.Default;

    /// <summary>Lets list, describe and run skip the manifest checks of unchanged plugin folders; null always checks in full.</summary>
    public ManifestCheckCache? ManifestCheckCache { get; init; } = ManifestCheckCache.Default;

    /// <summary>Replaces the console log provider (tests capture logs with it).</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; init; }
}
