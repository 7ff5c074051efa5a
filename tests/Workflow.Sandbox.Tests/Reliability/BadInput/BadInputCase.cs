using System.Text.Json.Nodes;

namespace Workflow.Sandbox.Tests.Reliability.BadInput;

/// <summary>How a bad input enters the host.</summary>
internal enum BadInputKind
{
    /// <summary>A JSON value, as a workflow step's input (coerced, then run).</summary>
    Json,

    /// <summary>A step input whose strings are templates: rendered, coerced, then run.</summary>
    Template,

    /// <summary>Raw text given to --input (InputReader), then run.</summary>
    Text,

    /// <summary>Raw bytes on stdin (--input -), decoded strictly as UTF-8 (invalid bytes are refused), then run.</summary>
    Bytes,
}

/// <summary>One generated bad input: which action, how it enters, and whether the host must reject it.</summary>
internal sealed record BadInputCase(string Category, string ActionId, BadInputKind Kind, bool MustReject)
{
    public JsonNode? Json { get; init; }

    public string? Text { get; init; }

    public byte[]? Bytes { get; init; }

    /// <summary>The JSON Pointer an error must name (null: the input is not JSON, so a position is named instead).</summary>
    public string? Pointer { get; init; }
}
