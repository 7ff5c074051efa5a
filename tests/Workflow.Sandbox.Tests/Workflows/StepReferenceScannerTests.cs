using Workflow.Hosting.Workflows;

namespace Workflow.Sandbox.Tests.Workflows;

public class StepReferenceScannerTests
{
    [TestCase("{{ steps.a.output }}", new[] { "a" })]
    [TestCase("{{ steps . a_1.output }} and {{ steps['b-2'].output | x }}", new[] { "a_1", "b-2" })]
    [TestCase("{{ steps[\"c\"].output }}{{ steps.c.output }}", new[] { "c" })]
    [TestCase("{{ if steps.a.output.ok }}{{ steps.b.output }}{{ end }}", new[] { "a", "b" })]
    [TestCase("text steps.a outside braces", new string[0])]
    [TestCase("{{ my_steps.a }}{{ trigger.steps.b }}", new string[0])]
    [TestCase("{{ steps.a", new[] { "a" })]
    public void FindStepIds_Template_ReturnsReferencedIds(string template, string[] expected)
    {
        Assert.That(StepReferenceScanner.FindStepIds(template), Is.EqualTo(expected));
    }
}
