using System.Text.Json.Nodes;
using IncidentIo.Plugin.Actions.TestConnection;
using IncidentIo.Plugin.Tests.Support;
using RestSharp;

namespace IncidentIo.Plugin.Tests.Actions.TestConnection;

// Each probe is a harmless read the spec guards with exactly its scope, sent with the parameters the spec allows.
[TestFixture]
public sealed class ScopeProbesTests : SpecFixture
{
    private static IEnumerable<TestCaseData> Probes() => ScopeProbes.Scopes.Order(StringComparer.Ordinal).Select(s => new TestCaseData(s).SetArgDisplayNames(s));

    [Test]
    public void Scopes_EveryReadScopeAnActionDeclares_HasAProbe()
    {
        var reads = ActionManifests.Stems.Select(ActionManifests.Load)
            .SelectMany(m => m["scopes"]?.AsArray().Select(s => (string)s!) ?? [])
            .Where(s => s.EndsWith(".view", StringComparison.Ordinal));

        Assert.That(ScopeProbes.Scopes, Is.SupersetOf(reads.Distinct()));
    }

    [TestCaseSource(nameof(Probes))]
    public void For_EachProbe_IsAGetWithoutPathParametersThatTheSpecGuardsWithThatScope(string scope)
    {
        var request = ScopeProbes.For(scope)!;
        var operation = Spec.Operation(request.Operation.Path, "get");
        var parameters = operation["parameters"]?.AsArray().Select(p => p!.AsObject()).ToList() ?? [];
        var required = parameters.Where(p => (bool?)p["required"] == true).Select(p => (string)p["name"]!);

        Assert.Multiple(() =>
        {
            Assert.That(request.Operation.Method, Is.EqualTo(Method.Get));
            Assert.That(operation["x-rbac-scopes"]!.AsArray().Select(s => (string?)s), Is.EqualTo(new[] { scope }));
            Assert.That(request.Operation.Path, Does.Not.Contain("{"));
            Assert.That(request.Query.Select(q => q.Key), Is.SupersetOf(required), "every required parameter is sent");
            Assert.That(request.Query.Select(q => q.Key), Is.SubsetOf(parameters.Select(p => (string)p["name"]!)), "only the spec's parameters");
            Assert.That(request.Query.Where(q => q.Key == "page_size").Select(q => q.Value), Is.All.EqualTo("1"));
            Assert.That(parameters.Any(p => (string?)p["name"] == "page_size"), Is.EqualTo(request.Query.Any(q => q.Key == "page_size")),
                "page_size=1 exactly where the operation pages");
        });
    }

    [TestCase("incidents.create")]
    [TestCase("escalations.cancel")]
    public void For_WriteScope_HasNoProbe(string scope) => Assert.That(ScopeProbes.For(scope), Is.Null);
}
