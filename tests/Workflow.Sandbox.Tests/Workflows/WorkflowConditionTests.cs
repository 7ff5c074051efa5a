using System.Text.Json.Nodes;
using Workflow.Hosting.Templating;
using Workflow.Hosting.Workflows;

namespace Workflow.Sandbox.Tests.Workflows;

/// <summary>An <c>if</c>, bare or in braces, rendered in the sandbox: true, false, or a template error at <c>/if</c>.</summary>
public class WorkflowConditionTests
{
    private static readonly TemplateScope Scope =
        TemplateScope.ForTrigger(JsonNode.Parse("""{"severity":"Critical","n":3,"text":"yes"}"""), "run-1", DateTimeOffset.UnixEpoch);

    private static bool Evaluate(string expression) => WorkflowCondition.Evaluate(new TemplateRenderer(), "notify", expression, Scope, CancellationToken.None);

    [TestCase("trigger.severity == \"Critical\"", true)]
    [TestCase("trigger.severity == \"Minor\"", false)]
    [TestCase("{{ trigger.n > 2 }}", true)]
    [TestCase("{{trigger.n > 3}}", false)]
    public void Evaluate_BooleanExpressionBareOrInBraces_ItsValue(string expression, bool expected)
    {
        Assert.That(Evaluate(expression), Is.EqualTo(expected));
    }

    [TestCase("trigger.n", "3")]
    [TestCase("trigger.text", "\"yes\"")]
    [TestCase("null", "null")]
    [TestCase("{{ trigger.text }}", "\"yes\"")]
    public void Evaluate_NotABoolean_TemplateErrorAtIfQuotingTheExpressionAndItsValue(string expression, string gave)
    {
        var error = Assert.Throws<TemplateRenderException>(() => Evaluate(expression))!;

        Assert.That((error.StepId, error.Pointer, error.Line, error.Column), Is.EqualTo(("notify", "/if", (int?)null, (int?)null)));
        Assert.That(error.Reason, Is.EqualTo($"'if' must be a boolean expression; '{expression}' gave {gave}."));
    }

    [Test]
    public void Evaluate_ExpressionFails_TheRenderersErrorAtIf()
    {
        var error = Assert.Throws<TemplateRenderException>(() => Evaluate("trigger.severity.name.first"))!;

        Assert.That((error.StepId, error.Pointer), Is.EqualTo(("notify", "/if")));
    }
}
