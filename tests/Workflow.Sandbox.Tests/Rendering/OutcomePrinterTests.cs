using System.Text.Json;
using System.Text.Json.Nodes;
using Workflow.Abstractions;
using Workflow.Hosting.Masking;
using Workflow.Hosting.Running;
using Workflow.Sandbox.Rendering;

namespace Workflow.Sandbox.Tests.Rendering;

public class OutcomePrinterTests
{
    private static readonly ActionError Error = new()
    {
        Code = "forbidden",
        Message = "No permission (403)",
        Hint = "Give the key the permission.",
        HttpStatus = 403,
        RequestId = "req-1",
        HttpAttempts = 2,
        Details = [new ActionErrorDetail("/severity_id", "is required", "is_required")],
    };

    [Test]
    public void Envelope_Failure_HasEveryErrorField()
    {
        var envelope = OutcomePrinter.Envelope(RunOutcome.Failed("p.a", RunStatus.ActionFailed, Error));

        var error = envelope["error"]!;
        Assert.That(envelope["ok"]!.GetValue<bool>(), Is.False);
        Assert.That(error["code"]!.GetValue<string>(), Is.EqualTo("forbidden"));
        Assert.That(error["http_status"]!.GetValue<int>(), Is.EqualTo(403));
        Assert.That(error["request_id"]!.GetValue<string>(), Is.EqualTo("req-1"));
        Assert.That(error["attempts"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(error["retryable"]!.GetValue<bool>(), Is.False);
        Assert.That(error["details"]![0]!["field"]!.GetValue<string>(), Is.EqualTo("/severity_id"));
    }

    [Test]
    public void Envelope_Success_CarriesOutput()
    {
        var output = JsonSerializer.SerializeToElement(new JsonObject { ["a"] = 1 });

        var envelope = OutcomePrinter.Envelope(RunOutcome.Succeeded("p.a", output));

        Assert.That(envelope.ToJsonString(), Is.EqualTo("""{"ok":true,"action":"p.a","output":{"a":1},"warnings":[]}"""));
    }

    [Test]
    public void Envelope_SuccessWithWarnings_ListsEachWithItsPointerAndNoFieldWhenItHasNone()
    {
        var output = JsonSerializer.SerializeToElement(new JsonObject { ["a"] = 1 });
        var outcome = RunOutcome.Succeeded("p.a", output, [new("/incident/permalink", "left out", "unreadable"), new(null, "partial", "partial_response")]);

        var envelope = OutcomePrinter.Envelope(outcome);

        Assert.That(envelope["warnings"]!.ToJsonString(), Is.EqualTo(
            """[{"field":"/incident/permalink","message":"left out","code":"unreadable"},{"message":"partial","code":"partial_response"}]"""));
    }

    [Test]
    public void Print_HumanFailure_ShowsCodeMessageHintStatusRequestIdAndDetails()
    {
        using var output = new StringWriter();

        OutcomePrinter.Print(new Terminal(output, plain: true), new SecretMasker(), RunOutcome.Failed("p.a", RunStatus.ActionFailed, Error), json: false);

        Assert.That(output.ToString(), Does.Contain("forbidden").And.Contain("No permission (403)").And.Contain("Give the key the permission.")
            .And.Contain("HTTP status: 403").And.Contain("request_id: req-1").And.Contain("/severity_id: is required"));
    }
}
