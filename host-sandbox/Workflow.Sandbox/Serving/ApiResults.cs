using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Workflow.Abstractions;
using Workflow.Hosting.Masking;
using Workflow.Hosting.Output;
using Workflow.Hosting.Running;
using Workflow.Sandbox.Rendering;

namespace Workflow.Sandbox.Serving;

/// <summary>The API's responses: JSON with every known secret masked; failures as the <c>run --json</c> envelope.</summary>
internal static class ApiResults
{
    public static IResult Json(SecretMasker masker, JsonNode node, int status = StatusCodes.Status200OK) =>
        Results.Text(masker.Mask(node.ToJsonString(JsonOutput.Indented)), "application/json; charset=utf-8", statusCode: status);

    /// <summary><c>{"ok": …, "action": …, "output" | "error": …}</c> with the HTTP status of the outcome.</summary>
    public static IResult Outcome(SecretMasker masker, RunOutcome outcome) =>
        Json(masker, OutcomePrinter.Envelope(outcome), StatusOf(outcome));

    /// <summary>A request the API cannot take (bad JSON, unknown plugin): <c>{"ok": false, "error": {…}}</c>.</summary>
    public static IResult Problem(SecretMasker masker, int status, string code, string message, IReadOnlyList<ActionErrorDetail>? details = null) =>
        Json(masker, new JsonObject
        {
            ["ok"] = false,
            ["error"] = ActionErrorJson.From(new ActionError { Code = code, Message = message, Details = details ?? [] }),
        }, status);

    /// <summary>
    /// Whose fault, as HTTP: the request (400 not JSON, 404 unknown action, 422 input not valid), the remote service
    /// (502: the action returned an error; the body has its status and message) or the host / plugin (500).
    /// </summary>
    public static int StatusOf(RunOutcome outcome) => outcome.Status switch
    {
        RunStatus.Succeeded => StatusCodes.Status200OK,
        RunStatus.InvalidInput when outcome.Error?.Code == HostErrorCodes.UnknownAction => StatusCodes.Status404NotFound,
        RunStatus.InvalidInput when outcome.Error?.Code == HostErrorCodes.InvalidJson => StatusCodes.Status400BadRequest,
        RunStatus.InvalidInput => StatusCodes.Status422UnprocessableEntity,
        RunStatus.ActionFailed => StatusCodes.Status502BadGateway,
        _ => StatusCodes.Status500InternalServerError,
    };
}
