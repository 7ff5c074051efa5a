namespace Workflow.Hosting.Running;

/// <summary>How the host validates plugin outputs against their manifests (<c>--output-validation</c>).</summary>
public enum OutputValidationMode
{
    /// <summary>Every output of every action, every call: the sandbox's guarantee, and the default.</summary>
    Full,

    /// <summary>Each action's outputs until one of them has passed in this process; then that action's outputs are trusted.</summary>
    First,
}
