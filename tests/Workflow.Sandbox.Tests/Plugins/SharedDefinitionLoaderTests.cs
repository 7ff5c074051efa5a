using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Workflow.Sandbox.Plugins;
using Workflow.Sandbox.Tests.Support;
using Workflow.Sandbox.Validation;

namespace Workflow.Sandbox.Tests.Plugins;

/// <summary>Shared definitions: a manifest's $ref to a definitions/*.json $id resolves offline; a missing or broken one is reported.</summary>
public class SharedDefinitionLoaderTests
{
    private const string GreetingId = "https://schemas.greeter.plugin/definitions/greeting.json";

    private TempPlugins _plugins = null!;
    private string _greeter = null!;

    [SetUp]
    public void SetUp()
    {
        _plugins = new TempPlugins();
        _greeter = _plugins.AddGreeter();
        var path = Path.Combine(_greeter, "actions", "hello.json");
        var hello = JsonNode.Parse(File.ReadAllText(path))!;
        hello["output"]!["properties"]!["greeting"] = new JsonObject { ["$ref"] = GreetingId };
        File.WriteAllText(path, hello.ToJsonString());
    }

    [TearDown]
    public void TearDown() => _plugins.Dispose();

    [Test]
    public void Load_ReferencedDefinitionPresent_ResolvesAndValidatesAgainstIt()
    {
        WriteDefinition("greeting.json", $$"""{"$id":"{{GreetingId}}","type":"string","pattern":"^Hello"}""");

        var catalog = Load();
        var hello = catalog.FindAction("greeter.hello")!;

        Assert.That(catalog.Problems, Is.Empty);
        Assert.That(hello.Definition.Output.Validate(JsonNode.Parse("""{"greeting":"Hi"}""")).Single().Field, Is.EqualTo("/greeting"));
        Assert.That(hello.Definition.Output.Validate(JsonNode.Parse("""{"greeting":"Hello, Ada!"}""")), Is.Empty);
    }

    [Test]
    public void Load_ReferencedDefinitionMissing_ActionUnavailableWithTheUnresolvedReferenceNamed()
    {
        var catalog = Load();

        Assert.That(catalog.FindAction("greeter.hello"), Is.Null);
        Assert.That(catalog.Problems.Select(p => p.Message), Has.Some.Contains(GreetingId).And.Some.Contains("definitions/*.json"));
    }

    [TestCase("""{"type":"string"}""", "absolute \"$id\"")]
    [TestCase("""{"$id":"greeting.json","type":"string"}""", "absolute \"$id\"")]
    [TestCase("""[1]""", "must be a JSON Schema object")]
    [TestCase("""{"$id":""", "is not valid JSON")]
    public void Load_BrokenDefinitionFile_ReportedWithTheFile(string text, string expected)
    {
        WriteDefinition("greeting.json", text);

        var problem = Load().Problems[0];

        Assert.That(problem.File, Does.EndWith(Path.Combine("definitions", "greeting.json")));
        Assert.That(problem.Message, Does.Contain(expected));
    }

    [Test]
    public void Load_TwoDefinitionsWithOneId_SecondReported()
    {
        WriteDefinition("a.json", $$"""{"$id":"{{GreetingId}}","type":"string"}""");
        WriteDefinition("b.json", $$"""{"$id":"{{GreetingId}}","type":"string"}""");

        var problems = new ProblemCollector(_plugins.Root);
        var shared = SharedDefinitionLoader.Load("greeter", _greeter, problems);

        Assert.That(shared.Documents, Has.Count.EqualTo(1));
        Assert.That(problems.Problems.Single().Message, Does.Contain("declared by another shared definition"));
    }

    private PluginCatalog Load() => PluginCatalogLoader.Load(_plugins.Root, ManifestMetaSchemas.Load(TestPaths.Schemas), NullLogger.Instance);

    private void WriteDefinition(string name, string text)
    {
        Directory.CreateDirectory(Path.Combine(_greeter, SharedDefinitionLoader.DirectoryName));
        File.WriteAllText(Path.Combine(_greeter, SharedDefinitionLoader.DirectoryName, name), text);
    }
}
