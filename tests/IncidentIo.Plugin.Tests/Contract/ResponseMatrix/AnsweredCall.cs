namespace IncidentIo.Plugin.Tests.Contract.ResponseMatrix;

/// <summary>One action and the spec operation whose example answer it reads.</summary>
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

    public override string ToString() => Stem;
}
