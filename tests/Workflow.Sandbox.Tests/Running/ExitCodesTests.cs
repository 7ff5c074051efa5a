using Workflow.Hosting.Running;

namespace Workflow.Sandbox.Tests.Running;

public class ExitCodesTests
{
    // RunStatus is internal, so the cases name it.
    [TestCase(nameof(RunStatus.Succeeded), 0)]
    [TestCase(nameof(RunStatus.ActionFailed), 1)]
    [TestCase(nameof(RunStatus.InvalidInput), 2)]
    [TestCase(nameof(RunStatus.HostError), 3)]
    public void For_Status_DocumentedExitCode(string status, int expected) =>
        Assert.That(ExitCodes.For(Enum.Parse<RunStatus>(status)), Is.EqualTo(expected));
}
