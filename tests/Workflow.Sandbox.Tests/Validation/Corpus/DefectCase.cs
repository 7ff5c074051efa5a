using System.Text.Json.Nodes;

namespace Workflow.Sandbox.Tests.Validation.Corpus;

/// <summary>One kind of mistake put into a document at one place.</summary>
internal enum DefectKind { WrongType, Enum, Pattern, MissingRequired, UnknownProperty, Minimum, TypeTypo }

/// <summary>A mistake and the pointer of the value it is in (a problem there or below is its problem).</summary>
internal sealed record Defect(DefectKind Kind, string Pointer, string? Regex = null);

/// <summary>A valid document (an action example's input, an action manifest) with independent defects put in.</summary>
internal sealed record DefectCase(string Source, JsonNode Document, IReadOnlyList<Defect> Defects)
{
    public override string ToString() => $"{Source}: {string.Join(", ", Defects.Select(d => $"{d.Kind} at {d.Pointer}"))}";
}
