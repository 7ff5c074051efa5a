using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Workflow.Hosting.Connections;
using Workflow.Hosting.Masking;
using Workflow.Hosting.Running;
using Workflow.Hosting.Templating;
using Workflow.Hosting.Workflows;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Reliability;

/// <summary>
/// R6: a plugin action that throws, hangs past its timeout, or returns output breaking its schema (the fixture
/// plugin's sample.throw, sample.slow, sample.bad_output), inside a workflow. With continue_on_error the run goes on;
/// without it the run stops cleanly at that step, naming it. Single-action cases: Running/ActionRunnerTests.
/// </summary>
public sealed class PluginFaultTests
{
    private static readonly Lazy<WorkflowLoader> Loader = new(() => WorkflowLoader.FromSchemaFile(Path.Combine(TestPaths.Schemas, WorkflowLoader.SchemaFileName)));

    private static readonly string[] FaultySteps =
    [
        """{ "id": "throws", "action": "sample.throw" }""",
        """{ "id": "hangs", "action": "sample.slow", "timeout_seconds": 1 }""",
        """{ "id": "bad_output", "action": "sample.bad_output" }""",
    ];

    [Test]
    public async Task RunAsync_EveryFaultWithContinueOnError_ReportsEachAndRunsTheRest()
    {
        var steps = FaultySteps.Select(s => s.Replace(" }", """, "continue_on_error": true }""", StringComparison.Ordinal))
            .Append("""{ "id": "after", "action": "sample.echo", "input": { "message": "{{ steps.throws.error.code }}/{{ steps.hangs.error.code }}/{{ steps.bad_output.error.code }}" } }""");

        var result = await RunAsync($"[{string.Join(',', steps)}]");

        Assert.Multiple(() =>
        {
            Assert.That((result.Ok, result.StoppedAt), Is.EqualTo((true, (StepResult?)null)));
            Assert.That(result.Steps.Take(3).Select(s => s.FailedAndContinued), Is.All.True);
            Assert.That(JsonNode.Parse(result.Steps[^1].Outcome.Output!.Value.GetRawText())!["echo"]!["message"]!.GetValue<string>(),
                Is.EqualTo($"{HostErrorCodes.PluginError}/timeout/{HostErrorCodes.PluginOutputInvalid}"));
        });
    }

    [TestCase(0, "throws", HostErrorCodes.PluginError)]
    [TestCase(1, "hangs", "timeout")]
    [TestCase(2, "bad_output", HostErrorCodes.PluginOutputInvalid)]
    public async Task RunAsync_FaultWithoutContinueOnError_StopsThereNamingTheStep(int fault, string stepId, string code)
    {
        var steps = $"""[ {FaultySteps[fault]}, {"{"} "id": "never", "action": "sample.echo", "input": {"{"} "message": "m" {"}"} {"}"} ]""";

        var result = await RunAsync(steps);

        Assert.Multiple(() =>
        {
            Assert.That(result.Ok, Is.False);
            Assert.That(result.StoppedAt!.Step.Id, Is.EqualTo(stepId));
            Assert.That(result.StoppedAt.Outcome.Error!.Code, Is.EqualTo(code));
            Assert.That(result.Steps.Select(s => s.Step.Id), Does.Not.Contain("never"));
            Assert.That(result.ExitCode, Is.Not.Zero);
        });
    }

    private static Task<WorkflowRunResult> RunAsync(string steps)
    {
        var workflow = Loader.Value.Load($$"""{ "name": "r6", "steps": {{steps}} }""");
        var masker = new SecretMasker();
        var connections = new ConnectionProvider(new Dictionary<string, string>(), _ => new Dictionary<string, string>(), _ => null, masker, NullLogger.Instance);
        var runner = new WorkflowRunner(FixtureCatalog.Instance, connections, new TemplateRenderer(environment: _ => null), NullLoggerFactory.Instance, masker, TimeSpan.FromSeconds(100));
        return runner.RunAsync(workflow, JsonNode.Parse("{}"), "run-r6", null, CancellationToken.None);
    }
}
