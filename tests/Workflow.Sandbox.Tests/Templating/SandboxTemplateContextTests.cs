using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using Workflow.Hosting.Templating;

namespace Workflow.Sandbox.Tests.Templating;

public class SandboxTemplateContextTests
{
    private const string Text = "a\n {{ 1 }}";

    private static SandboxTemplateContext Context(int stepLimit)
    {
        var context = new SandboxTemplateContext(SandboxContextFactory.Builtins, stepLimit);
        SandboxContextFactory.Enter(context, new ScriptObject(), CancellationToken.None);
        return context;
    }

    private static int StepsTaken()
    {
        var unlimited = Context(int.MaxValue); // with no limit (0) steps are not counted
        Template.Parse(Text).Render(unlimited);
        return unlimited.Steps;
    }

    [Test]
    public void Evaluate_ExactlyStepLimitSteps_Completes()
    {
        var steps = StepsTaken();
        Assume.That(steps, Is.GreaterThan(1));

        Assert.That(Template.Parse(Text).Render(Context(steps)), Is.EqualTo("a\n 1"));
    }

    [Test]
    public void Evaluate_OneStepOverLimit_ThrowsAtTheNodeItStoppedOn()
    {
        var steps = StepsTaken();

        var ex = Assert.Throws<ScriptRuntimeException>(() => Template.Parse(Text).Render(Context(steps - 1)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex!.OriginalMessage, Is.EqualTo($"The template exceeded the step limit `{steps - 1}` (evaluations of expressions and statements)."));
            Assert.That((ex.Span.Start.Line, ex.Span.Start.Column), Is.EqualTo((1, 4))); // the `1` on the second line (0-based)
        }
    }
}
