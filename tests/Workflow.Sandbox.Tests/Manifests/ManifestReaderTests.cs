using Workflow.Sandbox.Manifests;
using Workflow.Sandbox.Tests.Support;
using Workflow.Sandbox.Validation;

namespace Workflow.Sandbox.Tests.Manifests;

public class ManifestReaderTests
{
    private static readonly ManifestMetaSchemas Meta = ManifestMetaSchemas.Load(TestPaths.Schemas);

    [Test]
    public void Read_SamplePluginManifest_MapsConnectionFields()
    {
        var manifest = ManifestReader.Read<PluginManifest>(Path.Combine(TestPaths.SamplePlugin, "plugin.json"), Meta.Plugin, out var errors);

        Assert.That(errors, Is.Empty);
        Assert.That(manifest!.Id, Is.EqualTo("sample"));
        Assert.That(manifest.ActionsDirectory, Is.EqualTo("actions"));
        Assert.That(manifest.TestConnection, Is.EqualTo("sample.test_connection"));
        var apiKey = manifest.Connection.Fields["api_key"];
        Assert.That((apiKey.Secret, apiKey.Env), Is.EqualTo((true, "SAMPLE_API_KEY")));
        Assert.That(manifest.Connection.Fields["base_url"].Default, Is.EqualTo("https://sample.invalid"));
    }

    [Test]
    public void Read_NotJson_SaysSo()
    {
        using var temp = new TempPlugins();
        var path = Path.Combine(temp.Root, "plugin.json");
        File.WriteAllText(path, "{ \"id\": ");

        var manifest = ManifestReader.Read<PluginManifest>(path, Meta.Plugin, out var errors);

        Assert.That(manifest, Is.Null);
        Assert.That(errors, Has.One.StartsWith("is not valid JSON"));
    }

    [Test]
    public void Read_InvalidUtf8_SaysWhere()
    {
        using var temp = new TempPlugins();
        var path = Path.Combine(temp.Root, "plugin.json");
        File.WriteAllBytes(path, [.. File.ReadAllBytes(Path.Combine(TestPaths.SamplePlugin, "plugin.json")).Take(20), 0xFF]);

        var manifest = ManifestReader.Read<PluginManifest>(path, Meta.Plugin, out var errors);

        Assert.That(manifest, Is.Null);
        Assert.That(errors, Has.One.StartsWith("is not valid UTF-8: byte 0xFF at byte offset 20"));
    }

    [Test]
    public void Read_MissingRequiredField_ReportsItsPointer()
    {
        using var temp = new TempPlugins();
        var path = Path.Combine(temp.Root, "plugin.json");
        File.WriteAllText(path, File.ReadAllText(Path.Combine(TestPaths.SamplePlugin, "plugin.json")).Replace("\"displayName\"", "\"display_name\"", StringComparison.Ordinal));

        var manifest = ManifestReader.Read<PluginManifest>(path, Meta.Plugin, out var errors);

        Assert.That(manifest, Is.Null);
        Assert.That(errors, Has.Some.Contains("/displayName").And.Some.Contains("/display_name"));
    }
}
