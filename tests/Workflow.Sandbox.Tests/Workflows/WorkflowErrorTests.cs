using Workflow.Hosting.Workflows;

namespace Workflow.Sandbox.Tests.Workflows;

public class WorkflowErrorTests
{
    [TestCase("", "(root): Invalid JSON.")]
    [TestCase("/", "/: Invalid JSON.")]
    [TestCase("/steps/0/id", "/steps/0/id: Invalid JSON.")]
    public void ToString_Pointer_TheWholeFileAsRootAnyOtherAsItIs(string at, string expected)
    {
        Assert.That(new WorkflowError(at, "Invalid JSON.").ToString(), Is.EqualTo(expected));
    }
}
