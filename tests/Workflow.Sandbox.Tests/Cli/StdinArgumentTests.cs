using Workflow.Sandbox.Cli;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Cli;

public class StdinArgumentTests
{
    [Test]
    public void Normalize_InputDash_JoinedWithEquals() =>
        Assert.That(StdinArgument.Normalize(Seq.Of("run", "a.b", "--input", "-", "--json")), Is.EqualTo(Seq.Of("run", "a.b", "--input=-", "--json")));

    [Test]
    public void Normalize_OtherArguments_Unchanged() =>
        Assert.That(StdinArgument.Normalize(Seq.Of("run", "a.b", "--input", "{}")), Is.EqualTo(Seq.Of("run", "a.b", "--input", "{}")));

    [Test]
    public void Normalize_TriggerDash_JoinedWithEquals() =>
        Assert.That(StdinArgument.Normalize(Seq.Of("workflow", "f.json", "--trigger", "-")), Is.EqualTo(Seq.Of("workflow", "f.json", "--trigger=-")));
}
