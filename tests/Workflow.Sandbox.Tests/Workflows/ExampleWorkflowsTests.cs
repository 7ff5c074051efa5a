using System.Text.Json.Nodes;
using IncidentPlugin.TestSupport;
using Workflow.Hosting.Workflows;

namespace Workflow.Sandbox.Tests.Workflows;

/// <summary>The workflow files in host-sandbox/examples load (schema, unique ids, earlier-step references).</summary>
public class ExampleWorkflowsTests
{
    private static readonly string Examples = Path.Combine(RepoPaths.Root, "host-sandbox", "examples");

    private static IEnumerable<string> WorkflowFiles() =>
        Directory.GetFiles(Examples, "*.json")
            .Where(f => JsonNode.Parse(File.ReadAllText(f))?["steps"] is not null)
            .Select(Path.GetFileName)!;

    [TestCaseSource(nameof(WorkflowFiles))]
    public async Task LoadFileAsync_Example_Loads(string name)
    {
        var workflow = await WorkflowLoader.CreateDefault().LoadFileAsync(Path.Combine(Examples, name), CancellationToken.None);

        Assert.That(workflow.Steps, Is.Not.Empty);
    }

    [Test]
    public void AlertTrigger_MatchesTheExampleTriggerShape()
    {
        var trigger = JsonNode.Parse(File.ReadAllText(Path.Combine(Examples, "alert-trigger.json")))!["alert"]!.AsObject();
        var example = JsonNode.Parse(File.ReadAllText(Path.Combine(Examples, "alert-to-incident.json")))!["trigger"]!["example"]!["alert"]!.AsObject();

        Assert.That(trigger.Select(p => p.Key), Is.EquivalentTo(example.Select(p => p.Key)));
    }
}
