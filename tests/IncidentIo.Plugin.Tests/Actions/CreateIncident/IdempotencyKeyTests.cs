using IncidentIo.Plugin.Actions.CreateIncident;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Actions.CreateIncident;

[TestFixture]
public sealed class IdempotencyKeyTests
{
    [Test]
    public void For_SameRunAndStepOnAnotherAttempt_IsTheSameKey() =>
        Assert.That(IdempotencyKey.For(new RunInfo("run-1", "declare", 3)), Is.EqualTo(IdempotencyKey.For(new RunInfo("run-1", "declare", 1))));

    [TestCase("run-1", "other-step", TestName = "For_AnotherStep_IsAnotherKey")]
    [TestCase("run-2", "declare", TestName = "For_AnotherRun_IsAnotherKey")]
    [TestCase("run-1d", "eclare", TestName = "For_RunAndStepSplitElsewhere_IsAnotherKey")]
    public void For_AnotherRunOrStep_IsAnotherKey(string runId, string stepId) =>
        Assert.That(IdempotencyKey.For(new RunInfo(runId, stepId, 1)), Is.Not.EqualTo(IdempotencyKey.For(new RunInfo("run-1", "declare", 1))));

    [Test]
    public void For_AnyRun_IsWfAnd32LowercaseHexDigits() =>
        Assert.That(IdempotencyKey.For(new RunInfo("run-1", "declare", 1)), Does.Match("^wf-[0-9a-f]{32}$"));
}
