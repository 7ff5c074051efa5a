using System.Text.Json;
using Workflow.Hosting.Manifests;
using Workflow.Hosting.Validation;
using Workflow.Sandbox.Tests.Support;

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
    public void Read_MemberNamedTwice_OneErrorNamingItNotThrown()
    {
        using var temp = new TempPlugins();
        var path = Path.Combine(temp.Root, "plugin.json");
        File.WriteAllText(path, """{ "id": "a", "id": "b" }""");

        var manifest = ManifestReader.Read<PluginManifest>(path, Meta.Plugin, out var errors);

        Assert.That(manifest, Is.Null);
        Assert.That(errors, Has.Count.EqualTo(1).And.One.EqualTo("is not valid JSON: The member 'id' is named twice in the object at the top level; give it once."));
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

    [Test]
    public void Read_WithoutMetaSchema_SameManifestAsWithIt()
    {
        var plugin = Path.Combine(TestPaths.SamplePlugin, "plugin.json");
        var action = Directory.GetFiles(Path.Combine(TestPaths.SamplePlugin, "actions"), "*.json").Order(StringComparer.Ordinal).First();

        Assert.That(Mapped<PluginManifest>(plugin, null), Is.EqualTo(Mapped<PluginManifest>(plugin, Meta.Plugin)));
        Assert.That(Mapped<ActionManifest>(action, null), Is.EqualTo(Mapped<ActionManifest>(action, Meta.Action)));
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Read_ActionsDirectoryAbsent_DefaultsToActions(bool withMetaSchema)
    {
        var manifest = ReadWritten("""{"$schema":"s","id":"p","version":"1.0.0","displayName":"P","assembly":"P.dll","connection":{"title":"C","fields":{"url":{"title":"URL","type":"string"}}}}""", withMetaSchema);

        Assert.That(manifest.ActionsDirectory, Is.EqualTo("actions"));
    }

    [Test]
    public void Read_WithoutMetaSchemaFieldTypeAbsent_DefaultsToString()
    {
        var manifest = ReadWritten("""{"id":"p","version":"1.0.0","displayName":"P","assembly":"P.dll","connection":{"title":"C","fields":{"url":{"title":"URL"}}}}""", withMetaSchema: false);

        Assert.That(manifest.Connection.Fields["url"].Type, Is.EqualTo("string"));
    }

    [Test]
    public void Read_WithoutMetaSchemaUtf8Bom_Mapped()
    {
        using var temp = new TempPlugins();
        var path = Path.Combine(temp.Root, "plugin.json");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(Path.Combine(TestPaths.SamplePlugin, "plugin.json"))]);

        var manifest = ManifestReader.Read<PluginManifest>(path, null, out var errors);

        Assert.That(errors, Is.Empty);
        Assert.That(manifest!.Id, Is.EqualTo("sample"));
    }

    [Test]
    public void Read_WithoutMetaSchemaNotJson_SaysSo()
    {
        using var temp = new TempPlugins();
        var path = Path.Combine(temp.Root, "plugin.json");
        File.WriteAllText(path, "{ \"id\": ");

        var manifest = ManifestReader.Read<PluginManifest>(path, null, out var errors);

        Assert.That(manifest, Is.Null);
        Assert.That(errors, Has.One.StartsWith("is not valid JSON"));
    }

    private static PluginManifest ReadWritten(string json, bool withMetaSchema)
    {
        using var temp = new TempPlugins();
        var path = Path.Combine(temp.Root, "plugin.json");
        File.WriteAllText(path, json);
        var manifest = ManifestReader.Read<PluginManifest>(path, withMetaSchema ? Meta.Plugin : null, out var errors);
        Assert.That(errors, Is.Empty);
        return manifest!;
    }

    // The manifest written back as JSON: records holding dictionaries and JSON trees do not compare by value.
    private static string Mapped<T>(string path, CompiledSchema? metaSchema)
        where T : class
    {
        var manifest = ManifestReader.Read<T>(path, metaSchema, out var errors);
        Assert.That(errors, Is.Empty);
        return JsonSerializer.Serialize(manifest, ManifestJsonContext.Default.Options);
    }
}
