using IncidentIo.Plugin.Actions.TestConnection;
using IncidentIo.Plugin.Tests.Support;

namespace IncidentIo.Plugin.Tests.Actions.TestConnection;

// The embedded copies are the manifests themselves: same actions, same scopes.
[TestFixture]
public sealed class ActionScopesTests
{
    [Test]
    public void All_IsEveryManifestWithItsDeclaredScopes()
    {
        var manifests = ActionManifests.Stems.Select(ActionManifests.Load)
            .Select(m => ((string)m["id"]!, m["scopes"] is { } s ? string.Join(",", s.AsArray().Select(x => (string?)x)) : null))
            .OrderBy(m => m.Item1, StringComparer.Ordinal);

        Assert.That(ActionScopes.All.Select(a => (a.Action, a.Scopes is null ? null : string.Join(",", a.Scopes))), Is.EqualTo(manifests));
    }
}
