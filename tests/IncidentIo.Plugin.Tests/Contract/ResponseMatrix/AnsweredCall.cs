using System.Text.Json.Nodes;

namespace IncidentIo.Plugin.Tests.Contract.ResponseMatrix;

/// <summary>One action and the spec operation whose example answer it reads (the one the matrix varies).</summary>
/// <param name="Stem">The action's manifest stem, e.g. <c>get-incident</c>; its first example's input is what the action runs with.</param>
/// <param name="SpecPath">The operation's path template in the spec.</param>
/// <param name="Method">The operation's method.</param>
/// <param name="StubPath">The WireMock path pattern the action's request hits.</param>
/// <param name="SchemaStem">The manifest whose output has the shape of the answer (the action's own unless it reshapes it).</param>
/// <param name="Identity">
/// For a write: the pointers that name what was written (<c>/incident/id</c>…). A needed field other than these still gives ok
/// with a warning, because the write happened; null for a read.
/// </param>
internal sealed record AnsweredCall(string Stem, string SpecPath, string Method, string StubPath, string SchemaStem, IReadOnlyList<string>? Identity = null)
{
    public bool IsWrite => Identity is not null;

    /// <summary>The other operations a multi-call action makes in the same run, answered with their spec example every time.</summary>
    public IReadOnlyList<OtherAnswer> Others { get; init; } = [];

    /// <summary>For an answer no manifest output has the shape of: exactly the answer's pointers the action needs.</summary>
    public IReadOnlyList<string>? Needed { get; init; }

    /// <summary>
    /// How the action asks for the next page when it is not <c>after</c> (get_on_call passes the cursor back as
    /// <c>entry_window_start</c>), and the last page served for it, so a case reads one answer's worth.
    /// </summary>
    public (string Name, string Value, JsonNode Body)? NextPage { get; init; }

    /// <summary>
    /// Cases ("pointer Variant") whose right answer is an error of the action's own, with its code: the answer itself says
    /// so (set_custom_field's chosen field removed from the list is a field that does not exist: not_found).
    /// </summary>
    public IReadOnlyDictionary<string, string> ExpectedErrors { get; init; } = new Dictionary<string, string>();

    /// <summary>Changes the varied operation's spec example before its fields are varied (e.g. a plain field instead of a catalog one).</summary>
    public Action<JsonNode>? ExampleEdit { get; init; }

    /// <summary>The input to run with instead of the manifest's first example (when that example's ids are not the spec example's).</summary>
    public JsonNode? Input { get; init; }

    /// <summary>What a case is called in test names: the stem, plus the varied operation for a multi-call action.</summary>
    public string Name => Others.Count == 0 ? Stem : $"{Stem} {Method.ToUpperInvariant()} {SpecPath}";

    public override string ToString() => Name;
}
