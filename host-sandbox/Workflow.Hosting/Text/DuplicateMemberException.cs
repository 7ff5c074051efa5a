using System.Text.Json;

namespace Workflow.Hosting.Text;

/// <summary>
/// A JSON object names one member twice (<c>{"id":"a","id":"b"}</c>). RFC 8259 (section 4) leaves which value counts
/// open, and a parsed <c>JsonObject</c> throws an <see cref="ArgumentException"/> when first read, so the sandbox
/// refuses the document when it parses it (<see cref="JsonText.Parse"/>).
/// </summary>
internal sealed class DuplicateMemberException(string pointer, string member)
    : JsonException($"The member '{member}' is named twice in the object at {(pointer.Length == 0 ? "the top level" : pointer)}; give it once.")
{
    /// <summary>The JSON Pointer of the object naming the member twice ("" for the top level).</summary>
    public string Pointer { get; } = pointer;

    /// <summary>The member's name.</summary>
    public string Member { get; } = member;
}
