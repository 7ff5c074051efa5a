using Workflow.Hosting.Manifests;
using Workflow.Hosting.Validation;

namespace Workflow.Hosting.Plugins;

/// <summary>An action manifest with its schemas compiled once, at load.</summary>
/// <param name="Manifest">The manifest.</param>
/// <param name="File">Full path of the manifest file.</param>
/// <param name="Input">The compiled input schema.</param>
/// <param name="Output">The compiled output schema.</param>
/// <param name="Usable">False when the manifest has a defect (bad example, bad id): it counts for parity but is not served.</param>
internal sealed record ActionDefinition(ActionManifest Manifest, string File, CompiledSchema Input, CompiledSchema Output, bool Usable);
