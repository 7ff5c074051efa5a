using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Workflow.Hosting.Running;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Running;

public class OutputValidationPolicyTests
{
    [Test]
    public void ShouldValidate_FullAfterPasses_Always()
    {
        var policy = new OutputValidationPolicy(OutputValidationMode.Full, NullLogger.Instance);

        policy.Passed("a.b");

        Assert.That(policy.ShouldValidate("a.b"), Is.True);
    }

    [Test]
    public void ShouldValidate_FirstAfterAPass_OnlyThatActionSkipped()
    {
        var policy = new OutputValidationPolicy(OutputValidationMode.First, NullLogger.Instance);
        Assert.That(policy.ShouldValidate("a.b"), Is.True);

        policy.Passed("a.b");

        Assert.That((policy.ShouldValidate("a.b"), policy.ShouldValidate("a.c")), Is.EqualTo((false, true)));
    }

    [Test]
    public void Passed_FirstFromManyThreads_LoggedOncePerActionAtInformation()
    {
        using var logs = new ListLoggerProvider();
        using var factory = LoggerFactory.Create(builder => builder.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        var policy = new OutputValidationPolicy(OutputValidationMode.First, factory.CreateLogger<OutputValidationPolicy>());

        Parallel.For(0, 64, i => policy.Passed(i % 2 == 0 ? "a.even" : "a.odd"));

        Assert.That(logs.Lines.Count(l => l.Contains("a.even", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(logs.Lines.Count(l => l.Contains("a.odd", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(logs.Lines, Has.All.StartWith("Information ").And.All.Contain("not validated"));
    }
}
