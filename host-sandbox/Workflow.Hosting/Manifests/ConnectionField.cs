namespace Workflow.Hosting.Manifests;

/// <summary>One connection field: a setting, or a secret when <see cref="Secret"/> is true.</summary>
internal sealed record ConnectionField
{
    public required string Title { get; init; }

    public string? Description { get; init; }

    // The source-generated reader sets an absent init-only property to null; the default must survive that.
    public string Type { get; init => field = value ?? "string"; } = "string";

    public string? Format { get; init; }

    public bool Secret { get; init; }

    public bool Required { get; init; }

    public string? Default { get; init; }

    public string? Placeholder { get; init; }

    /// <summary>Environment variable the sandbox reads the field from.</summary>
    public string? Env { get; init; }
}
