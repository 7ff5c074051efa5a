using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Workflow.Abstractions;
using Workflow.Hosting.Masking;
using Workflow.Hosting.Plugins;
using Workflow.Hosting.Running;
using Workflow.Hosting.Templating;

namespace Workflow.Sandbox.Tests.Reliability.BadInput;

/// <summary>
/// Runs one bad input the way the host does: InputReader for raw text and bytes (the run command), or
/// TemplateRenderer → SchemaTypeCoercer (a workflow step), then ActionRunner with the real plugin. Anything
/// that escapes is an unhandled exception: the verdict names it.
/// </summary>
internal sealed class BadInputHarness(PluginCatalog catalog, ActionConnection connection)
{
    private static readonly TemplateScope Scope = new(JsonNode.Parse("""{"title":"t"}"""), new Dictionary<string, JsonNode?>(), "run-r2", DateTimeOffset.UnixEpoch, []);
    private readonly TemplateRenderer _renderer = new(environment: _ => null);
    private readonly ActionRunner _runner = new(NullLoggerFactory.Instance, new SecretMasker(), TimeSpan.FromSeconds(10));

    public async Task<BadInputVerdict> RunAsync(BadInputCase badCase, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var error = await RunCaseAsync(badCase, cancellationToken);
            var code = error?.Code ?? "ok";
            return new(badCase, code, Judge(badCase, error), clock.Elapsed) { OtherField = OtherField(badCase, code, [.. error?.Details.Select(d => d.Field ?? "") ?? []]) };
        }
#pragma warning disable CA1031 // The point is to catch everything the host lets escape.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new(badCase, "unhandled", $"unhandled {ex.GetType().Name}: {ex.Message}", clock.Elapsed);
        }
    }

    private async Task<ActionError?> RunCaseAsync(BadInputCase badCase, CancellationToken cancellationToken)
    {
        var action = catalog.FindAction(badCase.ActionId)!;
        JsonNode? input;
        switch (badCase.Kind)
        {
            case BadInputKind.Text or BadInputKind.Bytes:
                string? notJson;
                using (var stdin = new MemoryStream(badCase.Bytes ?? []))
                    input = InputReader.Read(badCase.Kind == BadInputKind.Bytes ? "-" : badCase.Text, stdin, out notJson);
                if (input is null && notJson is not null)
                    return new ActionError { Code = HostErrorCodes.InvalidJson, Message = notJson };
                break;
            case BadInputKind.Template:
                try
                {
                    input = SchemaTypeCoercer.Coerce(_renderer.Render("s", badCase.Json, Scope, cancellationToken), action.Manifest.Input);
                }
                catch (TemplateRenderException ex)
                {
                    return new ActionError { Code = HostErrorCodes.TemplateError, Message = ex.Message, Details = [new(ex.Pointer, ex.Reason)] };
                }

                break;
            default:
                input = SchemaTypeCoercer.Coerce(badCase.Json, action.Manifest.Input);
                break;
        }

        return (await _runner.RunAsync(action, input, connection, new RunInfo("run-r2", "s", 1), cancellationToken)).Error;
    }

    // Null when the outcome is acceptable for the case.
    private static string? Judge(BadInputCase badCase, ActionError? error)
    {
        if (error is null)
            return badCase.MustReject ? "accepted an input that must be rejected" : null;
        if (badCase.Kind == BadInputKind.Bytes && error.Code != HostErrorCodes.InvalidJson)
            return $"invalid UTF-8 was decoded and reached {error.Code}: the host must refuse the bytes";

        switch (error.Code)
        {
            case HostErrorCodes.InvalidJson:
                return error.Message.Contains("BytePositionInLine", StringComparison.Ordinal) ? null : $"invalid_json without a position: {error.Message}";
            case ActionErrorCodes.ValidationFailed or HostErrorCodes.TemplateError:
                // Every problem at a pointer; which field comes first is the report's business (OtherField).
                return error.Details.Count == 0 || error.Details.Any(d => d.Field is null || (d.Field.Length > 0 && d.Field[0] != '/'))
                    ? $"{error.Code} without a JSON Pointer per problem: {Fields(error)}"
                    : null;
            default:
                // The plugin ran and answered (e.g. the simulator's 404): fine only for inputs that may be valid.
                return badCase.MustReject ? $"not rejected by the host: {error.Code}: {Short(error.Message)}" : null;
        }
    }

    /// <summary>True when the error names fields, but not the one the case broke (e.g. a missing required field first).</summary>
    public static bool OtherField(BadInputCase badCase, string code, IReadOnlyList<string> fields) =>
        code is ActionErrorCodes.ValidationFailed or HostErrorCodes.TemplateError && badCase.Pointer is { } pointer
        && !fields.Any(f => f.StartsWith(pointer, StringComparison.Ordinal) || (f.Length > 0 && pointer.StartsWith(f, StringComparison.Ordinal)));

    private static string Fields(ActionError error) => string.Join(", ", error.Details.Select(d => Short(d.Field ?? "(null)")));

    private static string Short(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
