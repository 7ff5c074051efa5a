using Workflow.Hosting.Workflows;

namespace Workflow.Sandbox.Tests.Workflows;

public class WorkflowLoadExceptionTests
{
    private static readonly string NewLine = Environment.NewLine;

    [Test]
    public void Message_OneProblem_CountedInTheSingularOnAnIndentedLine()
    {
        var ex = new WorkflowLoadException("flow.json", [new("/name", "required: 'name' is required.")]);

        Assert.That(ex.Message, Is.EqualTo($"flow.json is not a valid workflow (1 problem):{NewLine}  /name: required: 'name' is required."));
    }

    [Test]
    public void Message_TwoProblems_CountedAndEachOnItsOwnIndentedLine()
    {
        WorkflowError[] errors = [new("", "Invalid JSON."), new("/steps/1/id", "Duplicate step id 'a' (first used by /steps/0).")];

        var ex = new WorkflowLoadException("flow.json", errors);

        Assert.Multiple(() =>
        {
            Assert.That(ex.Message, Is.EqualTo(
                $"flow.json is not a valid workflow (2 problems):{NewLine}  (root): Invalid JSON.{NewLine}  /steps/1/id: Duplicate step id 'a' (first used by /steps/0)."));
            Assert.That(ex.Origin, Is.EqualTo("flow.json"));
            Assert.That(ex.Errors, Is.EqualTo(errors));
        });
    }
}
