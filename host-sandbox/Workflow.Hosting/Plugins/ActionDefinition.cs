using Workflow.Hosting.Manifests;
using Workflow.Hosting.Validation;

namespace Workflow.Hosting.Plugins;

/// <summary>An action manifest with its schemas compiled once, at load.</summary>
/// <param name="Manifest">The manifest.</param>
/// <param name="File">Full path of the manifest file.</param>
/// <param name="InputValidator">The manifest's input schema (<see cref="ActionManifest.Input"/>), compiled: validates an input.</param>
/// <param name="OutputValidator">The manifest's output schema (<see cref="ActionManifest.Output"/>), compiled: validates an output.</param>
/// <param name="Usable">False when the manifest has a defect (bad example, bad id): it counts for parity but is not served.</param>
internal sealed record ActionDefinition(ActionManifest Manifest, string File, CompiledSchema InputValidator, CompiledSchema OutputValidator, bool Usable);
