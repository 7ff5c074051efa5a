using System.Text.Json;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Json;

/// <summary>An answer lacks something the plugin needs (<see cref="LenientReader"/>): <see cref="Field"/> says what.</summary>
internal sealed class LenientReadException(string field, string problem, IReadOnlyList<ActionErrorDetail> leftOut)
    : JsonException($"{(field.Length == 0 ? "the body" : field)}: {problem}")
{
    /// <summary>The JSON Pointer of the value the plugin needs and could not read (<c>""</c>: the whole body).</summary>
    public string Field { get; } = field;

    /// <summary>What was left out before reading gave up, each at its pointer.</summary>
    public IReadOnlyList<ActionErrorDetail> LeftOut { get; } = leftOut;
}
