namespace Workflow.Hosting.Manifests;

/// <summary>A plugin folder's plugin.json, after it passed the plugin meta-schema.</summary>
internal sealed record PluginManifest
{
    public required string Id { get; init; }

    public required string Version { get; init; }

    /// <summary>The contract (Workflow.Abstractions) version the plugin was built against, stamped by its build; null in hand-made folders.</summary>
    public string? ContractVersion { get; init; }

    /// <summary>The .NET the plugin was built for, e.g. <c>net10.0</c>, stamped by its build.</summary>
    public string? TargetFramework { get; init; }

    public required string DisplayName { get; init; }

    public string? Description { get; init; }

    /// <summary>File name of the plugin assembly, beside plugin.json.</summary>
    public required string Assembly { get; init; }

    // The source-generated reader sets an absent init-only property to null; the default must survive that.
    public string ActionsDirectory { get; init => field = value ?? "actions"; } = "actions";

    /// <summary>Folder with the trigger manifests, relative to plugin.json; a plugin without it has no triggers.</summary>
    public string TriggersDirectory { get; init => field = value ?? "triggers"; } = "triggers";

    public required ConnectionDefinition Connection { get; init; }

    /// <summary>Id of the action that checks the connection, if the plugin has one.</summary>
    public string? TestConnection { get; init; }

    public string? Homepage { get; init; }
}
