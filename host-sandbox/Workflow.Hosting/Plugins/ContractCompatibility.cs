using System.Globalization;
using System.Reflection;
using Workflow.Abstractions;
using Workflow.Hosting.Manifests;

namespace Workflow.Hosting.Plugins;

/// <summary>
/// Whether this host can load a plugin, from its plugin.json alone, before any of its types load: the contract the
/// plugin was built against must have this host's major version and no newer minor (a minor adds members the host's
/// copy would lack), and the plugin's target framework must not be newer than the running .NET. A plugin.json without
/// the stamped fields (a hand-made folder) is let through: the assembly load is then the only check.
/// </summary>
internal static class ContractCompatibility
{
    /// <summary>The contract version this host provides: Workflow.Abstractions' informational version, without build metadata.</summary>
    public static string HostContractVersion { get; } =
        typeof(IWorkflowAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(IWorkflowAction).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>The reasons the plugin cannot load here, each naming both versions; empty when it can.</summary>
    public static IReadOnlyList<string> Problems(PluginManifest plugin) => Problems(plugin, HostContractVersion, Environment.Version);

    internal static IReadOnlyList<string> Problems(PluginManifest plugin, string hostContract, Version runtime)
    {
        var problems = new List<string>();
        if (plugin.ContractVersion is { } built && Parse(built) is { } wanted && Parse(hostContract) is { } have)
        {
            if (wanted.Major != have.Major)
            {
                problems.Add($"plugin '{plugin.Id}' was built against contract Workflow.Abstractions {built}, but this host provides {hostContract}: " +
                             $"a different major version is not compatible. Use a build of the plugin for contract {have.Major}.x, or a host for contract {wanted.Major}.x.");
            }
            else if (wanted.Minor > have.Minor)
            {
                problems.Add($"plugin '{plugin.Id}' was built against contract Workflow.Abstractions {built}, newer than this host's {hostContract}: " +
                             $"it may use contract members this host lacks. Update the host to contract {wanted.Major}.{wanted.Minor} or later.");
            }
        }

        if (plugin.TargetFramework is { } framework && FrameworkVersion(framework) is { } needed
            && (needed.Major > runtime.Major || (needed.Major == runtime.Major && needed.Minor > runtime.Minor)))
        {
            problems.Add($"plugin '{plugin.Id}' targets {framework}, but this host runs on .NET {runtime.ToString(3)}: run the host on .NET {needed.Major}.{needed.Minor} or later.");
        }

        return problems;
    }

    // major.minor.patch with an optional pre-release tag; null when the text is not SemVer (the meta-schema reports it).
    private static Version? Parse(string semVer) =>
        Version.TryParse(semVer.Split('-', '+')[0], out var version) ? version : null;

    private static Version? FrameworkVersion(string targetFramework) =>
        targetFramework.StartsWith("net", StringComparison.Ordinal)
        && Version.TryParse(targetFramework[3..], out var version) ? version : null;
}
