using System.Text.Json;
using ModelContextProtocol.Protocol;
using Workflow.Abstractions;
using Workflow.Sandbox.Mcp;
using Workflow.Hosting.Masking;
using Workflow.Hosting.Running;

namespace Workflow.Sandbox.Tests.Mcp;

public class ToolResultsTests
{
    private const string Secret = "sk-live-0123456789";

    [Test]
    public void From_Output_StructuredContentAndTheSameJsonAsTextSecretMasked()
    {
        var outcome = RunOutcome.Succeeded("sample.echo", JsonSerializer.SerializeToElement(new { echo = new { message = $"key {Secret}" } }));

        var result = ToolResults.From(outcome, Tool(wraps: false), Masker());

        Assert.That(result.IsError, Is.Not.True);
        Assert.That(result.StructuredContent!.Value.GetProperty("echo").GetProperty("message").GetString(), Is.EqualTo("key ********"));
        Assert.That(((TextContentBlock)result.Content.Single()).Text, Is.EqualTo(result.StructuredContent.Value.GetRawText()));
    }

    [Test]
    public void From_NonObjectOutputOfAWrappingTool_UnderResult()
    {
        var result = ToolResults.From(RunOutcome.Succeeded("sample.colours", JsonDocument.Parse("""["red"]""").RootElement), Tool(wraps: true), Masker());

        Assert.That(result.StructuredContent!.Value.GetRawText(), Is.EqualTo("""{"result":["red"]}"""));
    }

    [Test]
    public void From_ActionError_IsErrorWithStructuredErrorAndOneLinePerDetail()
    {
        var outcome = RunOutcome.Failed("sample.echo", RunStatus.ActionFailed, new ActionError
        {
            Code = ActionErrorCodes.RateLimited,
            Message = $"Slow down {Secret}",
            Hint = "Wait a minute.",
            Retryable = true,
            HttpStatus = 429,
            Details = [new ActionErrorDetail("/name", "too long", "max_length"), new ActionErrorDetail("", "bad", null)],
        });

        var result = ToolResults.From(outcome, Tool(wraps: false), Masker());

        var error = result.StructuredContent!.Value.GetProperty("error");
        Assert.That(result.IsError, Is.True);
        Assert.That((error.GetProperty("code").GetString(), error.GetProperty("retryable").GetBoolean(), error.GetProperty("details").GetArrayLength()), Is.EqualTo(("rate_limited", true, 2)));
        Assert.That(((TextContentBlock)result.Content.Single()).Text, Is.EqualTo(
            "rate_limited: Slow down ********\n- /name: too long\n- (root): bad\nHint: Wait a minute.\nHTTP status: 429\nRetryable: yes, the same call may succeed later."));
    }

    private static SecretMasker Masker()
    {
        var masker = new SecretMasker();
        masker.Add(Secret);
        return masker;
    }

    private static ActionTool Tool(bool wraps) => new(null!, new Tool { Name = "sample_echo" }, wraps);
}
