namespace Workflow.Hosting.Manifests;

/// <summary>What running an action does to the remote system.</summary>
internal sealed record ActionAnnotations(bool ReadOnly, bool Destructive, bool Idempotent);
