namespace Workflow.Sandbox.Commands;

/// <summary>A command's settings: plain data read from the command line, checked before the command runs.</summary>
internal abstract class CommandSettings
{
    /// <summary>A usage problem of these values (the command prints it and exits 2), or null.</summary>
    public virtual string? Validate() => null;
}
