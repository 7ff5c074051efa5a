using System.Text.Json.Nodes;
using Workflow.Hosting.Workflows;

namespace Workflow.Sandbox.Tests.Workflows;

/// <summary>The checks run on the parsed file whether or not the schema passed, so a malformed step must not stop them.</summary>
public class WorkflowSemanticChecksTests
{
    private static IReadOnlyList<WorkflowError> Check(string steps) => WorkflowSemanticChecks.Check(JsonNode.Parse($$"""{ "steps": {{steps}} }"""));

    [Test]
    public void Check_StepWithoutAnId_LeftOutOfTheIdCheckAndTheOthersChecked()
    {
        var errors = Check("""[ { "action": "x.y" }, { "id": 5 }, { "id": "a" }, { "id": "a" } ]""");

        Assert.That(errors, Is.EqualTo(new[] { new WorkflowError("/steps/3/id", "Duplicate step id 'a' (first used by /steps/2).") }));
    }

    [Test]
    public void Check_StepWithoutAnIdReadingAnUnknownStep_NamedByItsIndex()
    {
        var errors = Check("""[ { "id": "a" }, { "action": "x.y", "input": { "text": "{{ steps.nope.output }}" } } ]""");

        Assert.That(errors, Is.EqualTo(new[] { new WorkflowError("/steps/1/input/text", "steps[#1]/text: template refers to unknown step 'nope'.") }));
    }

    [Test]
    public void Check_ReferencesToAnEarlierItselfAndALaterStep_OnlyTheEarlierOneAllowed()
    {
        var errors = Check("""
            [ { "id": "a" },
              { "id": "b", "input": { "earlier": "{{ steps.a.output }}", "own": "{{ steps.b.output }}", "later": "{{ steps.c.output }}" } },
              { "id": "c" } ]
            """);

        Assert.That(errors, Is.EqualTo(new[]
        {
            new WorkflowError("/steps/1/input/own", "steps[b]/own: template refers to its own output (steps.b); only earlier steps have outputs."),
            new WorkflowError("/steps/1/input/later", "steps[b]/later: template refers to step 'c', which runs later (/steps/2)."),
        }));
    }

    [TestCase("null")]
    [TestCase("""{ "steps": {} }""")]
    [TestCase("[]")]
    public void Check_NoStepsArray_NoProblems(string json)
    {
        Assert.That(WorkflowSemanticChecks.Check(JsonNode.Parse(json)), Is.Empty);
    }
}
