using IncidentIo.Plugin.Tests.Support;

namespace IncidentIo.Plugin.Tests.Manifests;

[TestFixture]
public sealed class PluginManifestTests
{
    [Test]
    public void PluginManifest_AgainstThePluginMetaSchema_IsValid() =>
        Assert.That(Schemas.Errors(Schemas.PluginManifestMeta, ActionManifests.Parse(ActionManifests.PluginManifestPath)), Is.Empty);

    [Test]
    public void PluginManifest_TestConnection_NamesAnActionOfThePlugin()
    {
        var testConnection = (string?)ActionManifests.Parse(ActionManifests.PluginManifestPath)["testConnection"];

        Assert.That(PluginActions.All.Select(a => a.Id), Does.Contain(testConnection));
    }

    [Test]
    public void PluginManifest_Version_MatchesTheAssembly()
    {
        var version = (string?)ActionManifests.Parse(ActionManifests.PluginManifestPath)["version"];

        Assert.That(PluginActions.Assembly.GetName().Version!.ToString(3), Is.EqualTo(version));
    }
}
