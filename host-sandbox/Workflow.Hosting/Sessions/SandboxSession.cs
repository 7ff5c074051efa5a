using Microsoft.Extensions.Logging;
using Workflow.Hosting.Logging;
using Workflow.Hosting.Masking;
using Workflow.Hosting.Plugins;
using Workflow.Hosting.Running;
using Workflow.Hosting.Validation;

namespace Workflow.Hosting.Sessions;

/// <summary>One command's view of the host: the loaded plugins and the logging; disposing it flushes the logs.</summary>
internal sealed class SandboxSession : IDisposable
{
    private readonly Lazy<ILoggerFactory> _loggerFactory;

    private SandboxSession(HostEnvironment environment, Lazy<ILoggerFactory> loggerFactory, PluginCatalog catalog, OutputValidationPolicy outputValidation)
    {
        Environment = environment;
        _loggerFactory = loggerFactory;
        Catalog = catalog;
        OutputValidation = outputValidation;
    }

    public HostEnvironment Environment { get; }

    /// <summary>The host's logging, built at its first use (loading the plugins builds it only to log something).</summary>
    public ILoggerFactory LoggerFactory => _loggerFactory.Value;

    public PluginCatalog Catalog { get; }

    public SecretMasker Masker => Environment.Masker;

    /// <summary>Which plugin outputs are validated; one per session, so <see cref="OutputValidationMode.First"/> remembers across its runs.</summary>
    public OutputValidationPolicy OutputValidation { get; }

    /// <summary>Loads the plugins (from <paramref name="pluginsDirectory"/> or the default) and sets up logging.</summary>
    /// <param name="environment">The process's view.</param>
    /// <param name="pluginsDirectory">The plugins directory; null for the default.</param>
    /// <param name="verbose">Debug logs.</param>
    /// <param name="fullCheck">Check every manifest even when the check cache says it passed before (validate).</param>
    /// <param name="outputValidation">How plugin outputs are validated (--output-validation).</param>
    public static SandboxSession Open(
        HostEnvironment environment, string? pluginsDirectory, bool verbose, bool fullCheck = false, OutputValidationMode outputValidation = OutputValidationMode.Full)
    {
        var loggerFactory = new Lazy<ILoggerFactory>(() => SandboxLogging.Create(verbose, environment.ConfigureLogging));
        var logger = new DeferredLogger(() => loggerFactory.Value.CreateLogger<PluginCatalog>(), SandboxLogging.MinimumLevel(verbose));
        var directory = pluginsDirectory ?? environment.DefaultPluginsDirectory;
        var cache = fullCheck ? null : environment.ManifestCheckCache;
        var catalog = PluginCatalogLoader.Load(directory, environment.ManifestMetaSchemas, logger, cache);
        var policy = outputValidation == OutputValidationMode.Full
            ? OutputValidationPolicy.Full
            : new OutputValidationPolicy(
                outputValidation, new DeferredLogger(() => loggerFactory.Value.CreateLogger<OutputValidationPolicy>(), SandboxLogging.MinimumLevel(verbose)));
        return new SandboxSession(environment, loggerFactory, catalog, policy);
    }

    public void Dispose()
    {
        if (_loggerFactory.IsValueCreated)
        {
            _loggerFactory.Value.Dispose();
        }
    }
}
