using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Workflow.Abstractions;
using Workflow.Hosting.Masking;
using Workflow.Hosting.Plugins;
using Workflow.Hosting.Running;
using Workflow.Hosting.Validation;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Running;

/// <summary>The pipeline over sample.echo's manifest (input: message required, count ≥ 1, mode enum, no other properties).</summary>
public class ActionRunnerTests
{
    private static readonly Lazy<PluginCatalog> Catalog = new(() =>
        PluginCatalogLoader.Load(TestPaths.FixturePlugins, ManifestMetaSchemas.Load(TestPaths.Schemas), NullLogger.Instance));

    private static readonly Lazy<LoadedAction> Echo = new(() => Catalog.Value.FindAction("sample.echo")!);

    // Not read-only (it writes): colour_id is any string, output requires "painted".
    private static readonly Lazy<LoadedAction> Paint = new(() => Catalog.Value.FindAction("sample.paint")!);

    private static readonly RunInfo Run = new("run-1", "step-1", 1);

    [TestCase("""{"a":[1,"x",{"b":null}],"c":true}""")]
    [TestCase("""[1,2,{"x":"y"}]""")]
    [TestCase("\"text\"")]
    [TestCase("12.50")]
    [TestCase("false")]
    [TestCase("null")]
    public void AsNode_AnyJson_SameNodeAndSameSchemaProblemsAsParsingItsText(string json)
    {
        var element = JsonDocument.Parse(json).RootElement;
        var schema = CompiledSchema.Compile(JsonNode.Parse("""{"type":"object","required":["z"],"properties":{"a":{"type":"array","items":{"type":"integer"}}}}""")!);
        var parsed = JsonNode.Parse(element.GetRawText());

        var view = ActionRunner.AsNode(element);

        Assert.That(view?.ToJsonString(), Is.EqualTo(parsed?.ToJsonString()));
        Assert.That(schema.Validate(view), Is.EqualTo(schema.Validate(parsed)));
    }

    [Test]
    public async Task RunAsync_ValidInput_OutputAndContext()
    {
        var action = new DelegateAction((c, _) => Task.FromResult(ActionResult.Success(Json("""{"echo":{}}"""))));

        var outcome = await RunAsync(action, """{"message":"hi"}""");

        Assert.That(outcome.Status, Is.EqualTo(RunStatus.Succeeded));
        Assert.That(outcome.Output!.Value.GetRawText(), Is.EqualTo("""{"echo":{}}"""));
        Assert.That(action.LastContext!.Input.GetProperty("message").GetString(), Is.EqualTo("hi"));
        Assert.That(action.LastContext.Run, Is.EqualTo(Run));
    }

    [Test]
    public async Task RunAsync_InputWithThreeProblems_InvalidInputWithThreePointersAndActionNotCalled()
    {
        var action = new DelegateAction((_, _) => throw new AssertionException("must not run"));

        var outcome = await RunAsync(action, """{"count":0,"colour":"red"}""");

        Assert.That(outcome.Status, Is.EqualTo(RunStatus.InvalidInput));
        Assert.That(outcome.ExitCode, Is.EqualTo(2));
        Assert.That(outcome.Error!.Code, Is.EqualTo(ActionErrorCodes.ValidationFailed));
        Assert.That(outcome.Error.Message, Is.EqualTo("The input does not match the input schema of sample.echo (3 problems)."));
        Assert.That(outcome.Error.Details.Select(d => d.Field), Is.EquivalentTo(Seq.Of("/message", "/count", "/colour")));
    }

    [Test]
    public async Task RunAsync_EscapedLoneSurrogateInFreeText_ValidationFailedAtTheFieldAndActionNotCalled()
    {
        var action = new DelegateAction((_, _) => throw new AssertionException("must not run"));

        var outcome = await RunAsync(action, """{"message":"a\uD800b"}""");

        Assert.That(outcome.Status, Is.EqualTo(RunStatus.InvalidInput));
        Assert.That(outcome.Error!.Code, Is.EqualTo(ActionErrorCodes.ValidationFailed));
        Assert.That(outcome.Error.Message, Is.EqualTo("The input does not match the input schema of sample.echo (1 problem)."), "minLength reads the text: the schema finds it");
        Assert.That(outcome.Error.Details.Single().Field, Is.EqualTo("/message"));
    }

    [Test]
    public async Task RunAsync_EscapedLoneSurrogateTheSchemaDoesNotRead_ValidationFailedAtTheFieldAndActionNotCalled()
    {
        // sample.paint's colour_id is any string: the schema passes it, writing it as JSON text fails.
        var action = new DelegateAction((_, _) => throw new AssertionException("must not run"));
        var runner = new ActionRunner(NullLoggerFactory.Instance, new SecretMasker(), TimeSpan.FromMinutes(1));

        var outcome = await runner.RunAsync(Paint.Value with { CreateInstance = () => action }, JsonNode.Parse("""{"colour_id":"a\uD800b"}"""), ActionConnection.Empty, Run, CancellationToken.None);

        Assert.That(outcome.Status, Is.EqualTo(RunStatus.InvalidInput));
        Assert.That(outcome.Error!.Code, Is.EqualTo(ActionErrorCodes.ValidationFailed));
        Assert.That(outcome.Error.Message, Is.EqualTo("The input of sample.paint holds values that are not valid JSON text (1 problem)."));
        Assert.That(outcome.Error.Details.Single().Field, Is.EqualTo("/colour_id"));
    }

    [Test]
    public async Task RunAsync_ActionFails_ActionFailedWithSecretsMasked()
    {
        var masker = new SecretMasker();
        masker.Add("tok-1");
        var action = new DelegateAction((_, _) => Task.FromResult(ActionResult.Failure(new ActionError { Code = "unauthorized", Message = "tok-1 rejected" })));

        var outcome = await RunAsync(action, """{"message":"hi"}""", masker);

        Assert.That(outcome.Status, Is.EqualTo(RunStatus.ActionFailed));
        Assert.That(outcome.Error!.Message, Is.EqualTo("******** rejected"));
    }

    [Test]
    public async Task RunAsync_ActionThrows_HostErrorNamingStepAndActionWithoutStackTrace()
    {
        var action = new DelegateAction((_, _) => throw new InvalidOperationException("kaput"));

        var outcome = await RunAsync(action, """{"message":"hi"}""");

        Assert.That(outcome.Status, Is.EqualTo(RunStatus.HostError));
        Assert.That(outcome.Error!.Code, Is.EqualTo(HostErrorCodes.PluginError));
        Assert.That(outcome.Error.Message, Is.EqualTo("Step 'step-1': action sample.echo threw InvalidOperationException: kaput"));
        Assert.That(outcome.Error.Message, Does.Not.Contain(" at "));
    }

    [Test]
    public async Task RunAsync_OutputBreaksSchema_PluginOutputInvalid()
    {
        var action = new DelegateAction((_, _) => Task.FromResult(ActionResult.Success(Json("""{"echo":"not an object"}"""))));

        var outcome = await RunAsync(action, """{"message":"hi"}""");

        Assert.That(outcome.Status, Is.EqualTo(RunStatus.HostError));
        Assert.That(outcome.Error!.Code, Is.EqualTo(HostErrorCodes.PluginOutputInvalid));
        Assert.That(outcome.Error.Message, Is.EqualTo(
            "sample.echo returned an output that does not match its manifest's output schema (1 problem). This is a bug in the plugin, not in your input."));
        Assert.That(outcome.Error.Hint, Is.EqualTo("Report it to the plugin's author with the details below."));
        Assert.That(outcome.Error.Details.Single().Field, Is.EqualTo("/echo"));
    }

    [Test]
    public async Task RunAsync_FullPolicy_EveryOutputValidated()
    {
        var action = Outputs("""{"echo":{}}""", """{"echo":"not an object"}""");
        var runner = Runner(OutputValidationPolicy.Full);

        var first = await RunAsync(runner, action);
        var second = await RunAsync(runner, action);

        Assert.That(first.Status, Is.EqualTo(RunStatus.Succeeded));
        Assert.That(second.Error?.Code, Is.EqualTo(HostErrorCodes.PluginOutputInvalid));
    }

    [Test]
    public async Task RunAsync_FirstPolicyAfterAValidOutput_LaterOutputsNotValidated()
    {
        var action = Outputs("""{"echo":{}}""", """{"echo":"not an object"}""");
        var runner = Runner(new OutputValidationPolicy(OutputValidationMode.First, NullLogger.Instance));

        var first = await RunAsync(runner, action);
        var second = await RunAsync(runner, action);

        Assert.That((first.Status, second.Status), Is.EqualTo((RunStatus.Succeeded, RunStatus.Succeeded)));
        Assert.That(second.Output!.Value.GetRawText(), Is.EqualTo("""{"echo":"not an object"}"""));
    }

    [Test]
    public async Task RunAsync_FirstPolicyInvalidFirstOutput_FailsAndValidatesUntilAPass()
    {
        var action = Outputs("""{"echo":1}""", """{"echo":2}""", """{"echo":{}}""", """{"echo":3}""");
        var runner = Runner(new OutputValidationPolicy(OutputValidationMode.First, NullLogger.Instance));

        var statuses = new List<RunStatus>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await RunAsync(runner, action)).Status);
        }

        Assert.That(statuses, Is.EqualTo(new[] { RunStatus.HostError, RunStatus.HostError, RunStatus.Succeeded, RunStatus.Succeeded }));
    }

    [Test]
    public async Task RunAsync_FirstPolicyWithANewRunner_RemembersThePassOfThePolicy()
    {
        var policy = new OutputValidationPolicy(OutputValidationMode.First, NullLogger.Instance);
        var action = Outputs("""{"echo":{}}""", """{"echo":"not an object"}""");

        await RunAsync(Runner(policy), action);
        var second = await RunAsync(Runner(policy), action);

        Assert.That(second.Status, Is.EqualTo(RunStatus.Succeeded), "the commands make a runner per call; the policy is the session's");
    }

    [Test]
    public async Task RunAsync_ActionIgnoresItsDeadline_TimeoutActionError()
    {
        var never = new TaskCompletionSource<ActionResult>();
        var action = new DelegateAction((_, _) => never.Task);

        var outcome = await RunAsync(action, """{"message":"hi"}""", timeout: TimeSpan.FromMilliseconds(50));

        Assert.That(outcome.Status, Is.EqualTo(RunStatus.ActionFailed));
        Assert.That(outcome.Error!.Code, Is.EqualTo(ActionErrorCodes.Timeout));
        Assert.That(outcome.Error.Message, Is.EqualTo("sample.echo did not finish within 0.05 s."));
        Assert.That(outcome.Error.Hint, Is.EqualTo("Try again, or give it more time with --timeout."));
        Assert.That(outcome.Error.Retryable, Is.True);
    }

    [Test]
    public async Task RunAsync_CallerCancels_Cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        var action = new DelegateAction(async (_, ct) =>
        {
            await cancellation.CancelAsync();
            await Task.Delay(Timeout.Infinite, ct);
            return ActionResult.Success(Json("{}"));
        });

        var outcome = await RunAsync(action, """{"message":"hi"}""", cancellationToken: cancellation.Token);

        Assert.That(outcome.Status, Is.EqualTo(RunStatus.ActionFailed));
        Assert.That(outcome.Error!.Code, Is.EqualTo(ActionErrorCodes.Cancelled));
        Assert.That(outcome.Error.Message, Is.EqualTo("sample.echo was cancelled."));
    }

    [Test]
    public async Task RunAsync_ActionReturnsNoResult_HostErrorNamingStepAndAction()
    {
        var action = new DelegateAction((_, _) => Task.FromResult<ActionResult>(null!));

        var outcome = await RunAsync(action, """{"message":"hi"}""");

        Assert.That(outcome.Status, Is.EqualTo(RunStatus.HostError));
        Assert.That(outcome.Error!.Code, Is.EqualTo(HostErrorCodes.PluginError));
        Assert.That(outcome.Error.Message, Is.EqualTo("Step 'step-1': action sample.echo returned no result"));
        Assert.That(outcome.Error.Hint, Is.EqualTo("This is a bug in the plugin. Run with --verbose to see the stack trace."));
    }

    [Test]
    public async Task RunAsync_ActionThrowsWithASecret_SecretMaskedInTheMessage()
    {
        var masker = new SecretMasker();
        masker.Add("tok-1");
        var action = new DelegateAction((_, _) => throw new InvalidOperationException("tok-1 rejected"));

        var outcome = await RunAsync(action, """{"message":"hi"}""", masker);

        Assert.That(outcome.Error!.Message, Is.EqualTo("Step 'step-1': action sample.echo threw InvalidOperationException: ******** rejected"));
    }

    [Test]
    public async Task RunAsync_SuccessWithWarnings_WarningsKeptWithSecretsMasked()
    {
        var masker = new SecretMasker();
        masker.Add("tok-1");
        var action = new DelegateAction((_, _) => Task.FromResult(ActionResult.Success(Json("""{"echo":{}}"""), [new("/message", "sent with tok-1", "truncated")])));

        var outcome = await RunAsync(action, """{"message":"hi"}""", masker);

        Assert.That(outcome.Status, Is.EqualTo(RunStatus.Succeeded));
        Assert.That(outcome.Warnings, Is.EqualTo(new[] { new ActionErrorDetail("/message", "sent with ********", "truncated") }));
    }

    [Test]
    public async Task RunAsync_ActionThatWritesReturnsAnOutputBreakingItsSchema_SucceedsWithTheProblemsAsWarnings()
    {
        var action = new DelegateAction((_, _) => Task.FromResult(ActionResult.Success(Json("""{"colour":"red"}"""), [new(null, "slow", "slow")])));
        var runner = new ActionRunner(NullLoggerFactory.Instance, new SecretMasker(), TimeSpan.FromMinutes(1));

        var outcome = await runner.RunAsync(Paint.Value with { CreateInstance = () => action }, JsonNode.Parse("""{"colour_id":"red"}"""), ActionConnection.Empty, Run, CancellationToken.None);

        Assert.That(outcome.Status, Is.EqualTo(RunStatus.Succeeded), "the write happened: it is not reported as lost");
        Assert.That(outcome.Output!.Value.GetRawText(), Is.EqualTo("""{"colour":"red"}"""));
        Assert.That(outcome.Warnings, Is.EqualTo(new[]
        {
            new ActionErrorDetail(null, "slow", "slow"),
            new ActionErrorDetail("/painted", "does not match the output schema: 'painted' is required.", HostErrorCodes.PluginOutputInvalid),
        }));
    }

    [Test]
    public async Task RunAsync_ServicesGiven_TheContextCarriesThem()
    {
        var services = new HostServices { TimeProvider = TimeProvider.System };
        var action = new DelegateAction((_, _) => Task.FromResult(ActionResult.Success(Json("""{"echo":{}}"""))));
        var runner = new ActionRunner(NullLoggerFactory.Instance, new SecretMasker(), TimeSpan.FromMinutes(1), services: services);

        await RunAsync(runner, action);

        Assert.That(action.LastContext!.Services, Is.SameAs(services));
    }

    [Test]
    public async Task RunAsync_NoServicesGiven_TheContextCarriesTheDefault()
    {
        var action = new DelegateAction((_, _) => Task.FromResult(ActionResult.Success(Json("""{"echo":{}}"""))));

        await RunAsync(action, """{"message":"hi"}""");

        Assert.That(action.LastContext!.Services, Is.SameAs(HostServices.Default));
    }

    [Test]
    public async Task RunAsync_InvalidInputWithDebugLogging_LogsEveryRawSchemaResult()
    {
        var provider = new ListLoggerProvider();
        using var loggers = DebugLoggers(provider);
        var runner = new ActionRunner(loggers, new SecretMasker(), TimeSpan.FromMinutes(1));
        var action = Echo.Value with { CreateInstance = () => throw new AssertionException("must not run") };

        await runner.RunAsync(action, JsonNode.Parse("""{"count":0}"""), ActionConnection.Empty, Run, CancellationToken.None);

        Assert.That(provider.Lines.Single(l => l.Contains("raw schema", StringComparison.Ordinal)), Is.EqualTo(
            "Debug Workflow.Hosting.Running.ActionRunner: The input of sample.echo: 2 problem(s) shown, chosen from 2 raw schema result(s):"
            + $"{Environment.NewLine}  /message: 'message' is required. [required]{Environment.NewLine}  /count: 0 should be at least 1 [minimum]"));
    }

    [Test]
    public async Task RunAsync_WithDebugLogging_LogsTheRunBeforeCallingThePlugin()
    {
        var provider = new ListLoggerProvider();
        using var loggers = DebugLoggers(provider);
        var runner = new ActionRunner(loggers, new SecretMasker(), TimeSpan.FromMinutes(1));
        var action = new DelegateAction((_, _) => Task.FromResult(ActionResult.Success(Json("""{"echo":{}}"""))));

        await runner.RunAsync(Echo.Value with { CreateInstance = () => action }, JsonNode.Parse("""{"message":"hi"}"""), ActionConnection.Empty, Run, CancellationToken.None);

        Assert.That(provider.Lines, Has.One.EqualTo("Debug Workflow.Hosting.Running.ActionRunner: Running sample.echo (run run-1, step step-1, attempt 1)"));
    }

    [Test]
    public async Task RunAsync_OutputBreaksSchemaWithDebugLogging_LogsEveryRawOutputResult()
    {
        var provider = new ListLoggerProvider();
        using var loggers = DebugLoggers(provider);
        var runner = new ActionRunner(loggers, new SecretMasker(), TimeSpan.FromMinutes(1));
        var action = new DelegateAction((_, _) => Task.FromResult(ActionResult.Success(Json("""{"echo":"not an object"}"""))));

        await runner.RunAsync(Echo.Value with { CreateInstance = () => action }, JsonNode.Parse("""{"message":"hi"}"""), ActionConnection.Empty, Run, CancellationToken.None);

        Assert.That(provider.Lines.Single(l => l.Contains("raw schema", StringComparison.Ordinal)), Does.StartWith(
            "Debug Workflow.Hosting.Running.ActionRunner: The output of sample.echo: 1 problem(s) shown, chosen from ")
            .And.Contain($"{Environment.NewLine}  /echo: "));
    }

    [Test]
    public async Task RunAsync_ActionThrowsWithDebugLogging_LogsTheFailureWithTheException()
    {
        var provider = new ListLoggerProvider();
        using var loggers = DebugLoggers(provider);
        var runner = new ActionRunner(loggers, new SecretMasker(), TimeSpan.FromMinutes(1));
        var action = new DelegateAction((_, _) => throw new InvalidOperationException("kaput"));

        await runner.RunAsync(Echo.Value with { CreateInstance = () => action }, JsonNode.Parse("""{"message":"hi"}"""), ActionConnection.Empty, Run, CancellationToken.None);

        Assert.That(provider.Lines, Has.One.EqualTo(
            "Debug Workflow.Hosting.Running.ActionRunner: sample.echo (step step-1) failed inside the plugin [InvalidOperationException: kaput]"));
    }

    private static ILoggerFactory DebugLoggers(ListLoggerProvider provider) =>
        LoggerFactory.Create(b => b.AddProvider(provider).SetMinimumLevel(LogLevel.Debug));

    private static ActionRunner Runner(OutputValidationPolicy policy) =>
        new(NullLoggerFactory.Instance, new SecretMasker(), TimeSpan.FromMinutes(1), policy);

    private static Task<RunOutcome> RunAsync(ActionRunner runner, IWorkflowAction implementation) =>
        runner.RunAsync(Echo.Value with { CreateInstance = () => implementation }, JsonNode.Parse("""{"message":"hi"}"""), ActionConnection.Empty, Run, CancellationToken.None);

    // Returns the outputs in turn, one per call.
    private static DelegateAction Outputs(params string[] outputs)
    {
        var calls = 0;
        return new DelegateAction((_, _) => Task.FromResult(ActionResult.Success(Json(outputs[calls++]))));
    }

    private static Task<RunOutcome> RunAsync(
        IWorkflowAction implementation, string input, SecretMasker? masker = null, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var runner = new ActionRunner(NullLoggerFactory.Instance, masker ?? new SecretMasker(), timeout ?? TimeSpan.FromMinutes(1));
        var action = Echo.Value with { CreateInstance = () => implementation };
        return runner.RunAsync(action, JsonNode.Parse(input), ActionConnection.Empty, Run, cancellationToken);
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
