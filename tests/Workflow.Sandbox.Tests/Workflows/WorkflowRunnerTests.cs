using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Workflow.Abstractions;
using Workflow.Hosting.Connections;
using Workflow.Hosting.Masking;
using Workflow.Hosting.Running;
using Workflow.Hosting.Templating;
using Workflow.Hosting.Workflows;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Workflows;

/// <summary>The runner over the fixture plugins: greeter.hello, sample.echo (message, count ≥ 1), sample.fail, sample.slow.</summary>
public class WorkflowRunnerTests
{
    private static readonly Lazy<WorkflowLoader> Loader = new(() => WorkflowLoader.FromSchemaFile(Path.Combine(TestPaths.Schemas, WorkflowLoader.SchemaFileName)));

    [Test]
    public async Task RunAsync_OutputFeedsLaterStep_LaterStepSeesIt()
    {
        var result = await RunAsync("""
            [ { "id": "hello", "action": "greeter.hello", "input": { "name": "{{ trigger.who }}" } },
              { "id": "echo", "action": "sample.echo", "input": { "message": "{{ steps.hello.output.greeting }} again" } } ]
            """, trigger: """{"who":"Ada"}""");

        Assert.That(result.Ok, Is.True);
        Assert.That(Output(result, "echo")["echo"]!["message"]!.GetValue<string>(), Is.EqualTo("Hello, Ada! again"));
    }

    [Test]
    public async Task RunAsync_SingleExpression_KeepsJsonType()
    {
        var result = await RunAsync("""[ { "id": "echo", "action": "sample.echo", "input": { "message": "m", "count": "{{ trigger.n + 1 }}" } } ]""", trigger: """{"n":2}""");

        Assert.That(Output(result, "echo")["echo"]!["count"]!.ToJsonString(), Is.EqualTo("3"));
    }

    [Test]
    public async Task RunAsync_NumericText_CoercedToTheSchemaType()
    {
        var result = await RunAsync("""[ { "id": "echo", "action": "sample.echo", "input": { "message": "m", "count": "{{ trigger.n }}0" } } ]""", trigger: """{"n":"4"}""");

        Assert.That(result.Ok, Is.True, () => result.Steps[0].Outcome.Error?.Message ?? "");
        Assert.That(Output(result, "echo")["echo"]!["count"]!.ToJsonString(), Is.EqualTo("40"));
    }

    [Test]
    public async Task RunAsync_RunAndStepIds_PassedToTheAction()
    {
        var result = await RunAsync("""[ { "id": "first", "action": "sample.echo", "input": { "message": "{{ run.id }}" } } ]""", runId: "run-42");

        var output = Output(result, "first");
        Assert.That((output["run_id"]!.GetValue<string>(), output["step_id"]!.GetValue<string>(), output["echo"]!["message"]!.GetValue<string>()),
            Is.EqualTo(("run-42", "first", "run-42")));
    }

    [Test]
    public async Task RunAsync_ContinueOnError_ErrorAddressableAndLaterStepsRun()
    {
        var result = await RunAsync("""
            [ { "id": "fail", "action": "sample.fail", "continue_on_error": true },
              { "id": "after", "action": "sample.echo", "input": { "message": "{{ steps.fail.error.code }} {{ steps.fail.error.http_status }} {{ steps.fail.output == null }}" } } ]
            """);

        Assert.That((result.Ok, result.ExitCode, result.StoppedAt), Is.EqualTo((true, 0, (StepResult?)null)));
        Assert.That(result.Steps[0].FailedAndContinued, Is.True);
        Assert.That(Output(result, "after")["echo"]!["message"]!.GetValue<string>(), Is.EqualTo("unauthorized 401 true"));
    }

    [Test]
    public async Task RunAsync_FailingStep_StopsThereAndNamesIt()
    {
        var result = await RunAsync("""
            [ { "id": "hello", "action": "greeter.hello", "input": { "name": "x" } },
              { "id": "boom", "action": "sample.fail" },
              { "id": "never", "action": "sample.echo", "input": { "message": "m" } } ]
            """);

        Assert.That(result.Ok, Is.False);
        Assert.That(result.StoppedAt!.Step.Id, Is.EqualTo("boom"));
        Assert.That(result.Steps.Select(s => s.Step.Id), Is.EqualTo(Seq.Of("hello", "boom")));
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.ActionFailed));
    }

    [Test]
    public async Task RunAsync_TemplateError_Exit2NamingStepFieldAndPosition()
    {
        var result = await RunAsync("""[ { "id": "greet", "action": "greeter.hello", "input": { "name": "Hi {{ trigger.nope.deeper }}" } } ]""");

        var error = result.StoppedAt!.Outcome.Error!;
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(error.Code, Is.EqualTo(HostErrorCodes.TemplateError));
        Assert.That(error.Message, Does.StartWith("steps[greet]/name: (1,"));
        Assert.That(error.Details.Single().Field, Is.EqualTo("/name"));
    }

    [Test]
    public async Task RunAsync_TemplateErrorWithContinueOnError_Continues()
    {
        var result = await RunAsync("""
            [ { "id": "greet", "action": "greeter.hello", "input": { "name": "{{ trigger.nope.deeper }}" }, "continue_on_error": true },
              { "id": "echo", "action": "sample.echo", "input": { "message": "{{ steps.greet.error.code }}" } } ]
            """);

        Assert.That(result.Ok, Is.True);
        Assert.That(Output(result, "echo")["echo"]!["message"]!.GetValue<string>(), Is.EqualTo("template_error"));
    }

    [Test]
    public async Task RunAsync_InputInvalidAfterRendering_Exit2WithPointer()
    {
        var result = await RunAsync("""[ { "id": "echo", "action": "sample.echo", "input": { "message": "m", "count": "{{ 0 }}" } } ]""");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.StoppedAt!.Outcome.Error!.Details.Select(d => d.Field), Is.EqualTo(Seq.Of("/count")));
    }

    [Test]
    public async Task RunAsync_UnknownActionInALaterStep_NothingRuns()
    {
        var completed = new List<StepResult>();

        var result = await RunAsync("""
            [ { "id": "echo", "action": "sample.echo", "input": { "message": "m" } },
              { "id": "typo", "action": "sample.ecoh" } ]
            """, stepCompleted: completed.Add);

        Assert.That(result.Steps.Select(s => s.Step.Id), Is.EqualTo(Seq.Of("typo")));
        Assert.That(completed, Is.EqualTo(result.Steps), "the unknown step is reported as it completes, like any other");
        Assert.That(result.StoppedAt!.Outcome.Error!.Code, Is.EqualTo(HostErrorCodes.UnknownAction));
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
    }

    [Test]
    public async Task RunAsync_EnvAllowList_ListedVariableVisibleOthersNot()
    {
        var env = new Dictionary<string, string> { ["TEAM"] = "sre", ["SECRET"] = "s3cr3t" };
        var allowed = await RunAsync("""[ { "id": "echo", "action": "sample.echo", "input": { "message": "{{ env.TEAM }}" } } ]""", env: env, allowEnv: """["TEAM"]""");
        var denied = await RunAsync("""[ { "id": "echo", "action": "sample.echo", "input": { "message": "{{ env.SECRET }}" } } ]""", env: env, allowEnv: """["TEAM"]""");

        Assert.That(Output(allowed, "echo")["echo"]!["message"]!.GetValue<string>(), Is.EqualTo("sre"));
        Assert.That(denied.StoppedAt!.Outcome.Error!.Code, Is.EqualTo(HostErrorCodes.TemplateError));
    }

    [Test]
    public async Task RunAsync_StepTimeout_OverridesTheDefault()
    {
        var result = await RunAsync("""[ { "id": "slow", "action": "sample.slow", "timeout_seconds": 1 } ]""");

        Assert.That(result.StoppedAt!.Outcome.Error!.Code, Is.EqualTo("timeout"));
        Assert.That(result.StoppedAt.Outcome.Error.Message, Does.Contain("within 1 s"));
    }

    [Test]
    public async Task RunAsync_StepCompletedCallback_CalledPerStepInOrder()
    {
        var seen = new List<string>();

        await RunAsync("""
            [ { "id": "a", "action": "sample.echo", "input": { "message": "m" } },
              { "id": "s", "action": "sample.fail", "if": "false" },
              { "id": "b", "action": "sample.fail", "continue_on_error": true } ]
            """, stepCompleted: r => seen.Add($"{r.Step.Id}:{(r.Skipped ? "skipped" : r.Succeeded.ToString())}"));

        Assert.That(seen, Is.EqualTo(Seq.Of("a:True", "s:skipped", "b:False")));
    }

    [Test]
    public async Task RunAsync_Cancelled_StopsEvenWithContinueOnError()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var result = await RunAsync("""
            [ { "id": "a", "action": "sample.echo", "input": { "message": "m" }, "continue_on_error": true },
              { "id": "b", "action": "sample.echo", "input": { "message": "m" } } ]
            """, cancellationToken: cancellation.Token);

        Assert.That(result.StoppedAt!.Step.Id, Is.EqualTo("a"));
        Assert.That(result.StoppedAt.Outcome.Status, Is.EqualTo(RunStatus.ActionFailed));
        Assert.That(result.StoppedAt.Outcome.Error!.Code, Is.EqualTo("cancelled"));
        Assert.That(result.StoppedAt.Outcome.Error.Message, Is.EqualTo("Step 'a' was cancelled."), "stopped while rendering its input");
    }

    [Test]
    public async Task RunAsync_EnvDeclaredWithDefault_DefaultUsedWhenUnset()
    {
        var result = await RunAsync("""[ { "id": "echo", "action": "sample.echo", "input": { "message": "{{ env.TEAM }}" } } ]""",
            allowEnv: """[{ "name": "TEAM", "default": "sre" }]""");

        Assert.That(Output(result, "echo")["echo"]!["message"]!.GetValue<string>(), Is.EqualTo("sre"));
    }

    [Test]
    public async Task RunAsync_StepIfFalse_SkippedWithANullOutputAndLaterStepsRun()
    {
        var result = await RunAsync("""
            [ { "id": "a", "action": "sample.fail", "if": "trigger.go" },
              { "id": "b", "action": "sample.echo", "input": { "message": "null: {{ steps.a.output == null }}" } } ]
            """, trigger: """{"go":false}""");

        Assert.That(result.Ok, Is.True, () => result.StoppedAt?.Outcome.Error?.Message ?? "");
        Assert.That(result.Steps.Select(s => (s.Step.Id, s.Skipped)), Is.EqualTo(new[] { ("a", true), ("b", false) }));
        Assert.That(Output(result, "b")["echo"]!["message"]!.GetValue<string>(), Is.EqualTo("null: true"));
    }

    [Test]
    public async Task RunAsync_StepIfTrueInBraces_Runs()
    {
        var result = await RunAsync("""[ { "id": "a", "action": "sample.echo", "input": { "message": "m" }, "if": "{{ trigger.go }}" } ]""", trigger: """{"go":true}""");

        Assert.That(result.Ok, Is.True);
        Assert.That(result.Steps.Single().Skipped, Is.False);
        Assert.That(Output(result, "a")["echo"]!["message"]!.GetValue<string>(), Is.EqualTo("m"));
    }

    [Test]
    public async Task RunAsync_StepIfNotABoolean_TemplateErrorAtIfAndTheStepNotRun()
    {
        var result = await RunAsync("""
            [ { "id": "a", "action": "sample.echo", "input": { "message": "m" }, "if": "trigger.n" },
              { "id": "b", "action": "sample.echo", "input": { "message": "m" } } ]
            """, trigger: """{"n":3}""");

        var error = result.StoppedAt!.Outcome.Error!;
        Assert.That((result.ExitCode, result.StoppedAt.Step.Id, result.Steps.Count), Is.EqualTo((ExitCodes.InvalidInput, "a", 1)));
        Assert.That(result.StoppedAt.Outcome.Output, Is.Null);
        Assert.That(error.Code, Is.EqualTo(HostErrorCodes.TemplateError));
        Assert.That(error.Message, Is.EqualTo("steps[a]/if: 'if' must be a boolean expression; 'trigger.n' gave 3."));
        Assert.That(error.Hint, Is.EqualTo("Templates see trigger, steps.<earlier step id>.output / .error, run.id, run.started_at and the env names the workflow allows."));
        Assert.That(error.Details, Is.EqualTo(new[] { new ActionErrorDetail("/if", "'if' must be a boolean expression; 'trigger.n' gave 3.") }));
    }

    [Test]
    public async Task RunAsync_StepIfNotABooleanWithContinueOnError_ErrorAddressableAndLaterStepsRun()
    {
        var result = await RunAsync("""
            [ { "id": "a", "action": "sample.echo", "input": { "message": "m" }, "if": "trigger.n", "continue_on_error": true },
              { "id": "b", "action": "sample.echo", "input": { "message": "{{ steps.a.error.code }} {{ steps.a.output == null }}" } } ]
            """, trigger: """{"n":3}""");

        Assert.That(result.Ok, Is.True);
        Assert.That(result.Steps[0].FailedAndContinued, Is.True);
        Assert.That(Output(result, "b")["echo"]!["message"]!.GetValue<string>(), Is.EqualTo("template_error true"));
    }

    private static JsonNode Output(WorkflowRunResult result, string stepId) =>
        JsonNode.Parse(result.Steps.Single(s => s.Step.Id == stepId).Outcome.Output!.Value.GetRawText())!;

    private static Task<WorkflowRunResult> RunAsync(
        string steps, string trigger = "{}", string runId = "run-1", Dictionary<string, string>? env = null, string allowEnv = "[]",
        Action<StepResult>? stepCompleted = null, CancellationToken cancellationToken = default)
    {
        var workflow = Loader.Value.Load($$"""{ "name": "test", "env": {{allowEnv}}, "steps": {{steps}} }""");
        var masker = new SecretMasker();
        string? Variable(string name) => env?.GetValueOrDefault(name);
        var connections = new ConnectionProvider(new Dictionary<string, string>(), _ => new Dictionary<string, string>(), Variable, masker, NullLogger.Instance);
        var runner = new WorkflowRunner(FixtureCatalog.Instance, connections, new TemplateRenderer(environment: Variable), NullLoggerFactory.Instance, masker, TimeSpan.FromSeconds(100));
        return runner.RunAsync(workflow, JsonNode.Parse(trigger), runId, stepCompleted, cancellationToken);
    }
}
