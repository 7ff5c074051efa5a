using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Workflow.Abstractions;
using Workflow.Hosting.Masking;
using Workflow.Hosting.Running;
using Workflow.Hosting.Templating;
using Workflow.Hosting.Text;
using Workflow.Hosting.Workflows;

namespace Workflow.Sandbox.Serving;

/// <summary>
/// POST /api/workflows/run with <c>{"workflow": {…}, "trigger": {…}, "run_id": "…"}</c> (trigger and run_id optional):
/// the <c>workflow --json</c> document.
/// </summary>
internal static class WorkflowEndpoint
{
    public static void Map(IEndpointRouteBuilder api, BuilderSession session, WorkflowLoader loader) =>
        api.MapPost("/workflows/run", (HttpContext context, CancellationToken cancellationToken) => RunAsync(session, loader, context, cancellationToken));

    private static async Task<IResult> RunAsync(BuilderSession session, WorkflowLoader loader, HttpContext context, CancellationToken cancellationToken)
    {
        var masker = session.Sandbox.Masker;
        var (body, error) = await RequestBody.ReadAsync(context, session, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var runId = body?["run_id"] is JsonValue id && id.TryGetValue<string>(out var given) ? given : $"wf-{Guid.NewGuid():N}";
        if (body?["workflow"] is not JsonObject file)
        {
            return NotRun(masker, runId, HostErrorCodes.InvalidWorkflow, "The body needs \"workflow\": the workflow file's JSON object.", [new ActionErrorDetail("/workflow", "required")]);
        }

        WorkflowDefinition workflow;
        try
        {
            workflow = loader.Load(file.ToJsonString(), "workflow");
        }
        catch (WorkflowLoadException ex)
        {
            // The pointers are into the workflow object, which sits at /workflow in the body.
            return NotRun(masker, runId, HostErrorCodes.InvalidWorkflow, $"Not a valid workflow ({Counted.Of(ex.Errors.Count, "problem")}).",
                [.. ex.Errors.Select(e => new ActionErrorDetail("/workflow" + e.Pointer, e.Message))]);
        }

        var trigger = body["trigger"]?.DeepClone() ?? workflow.TriggerExample?.DeepClone() ?? new JsonObject();
        var sandbox = session.Sandbox;
        var runner = new WorkflowRunner(sandbox.Catalog, session.Connections(), new TemplateRenderer(environment: sandbox.Environment.GetVariable),
            sandbox.LoggerFactory, masker, session.Timeout, sandbox.OutputValidation);
        var result = await runner.RunAsync(workflow, trigger, runId, null, cancellationToken);
        return ApiResults.Json(masker, WorkflowJson.From(result), result.StoppedAt is { } stop ? ApiResults.StatusOf(stop.Outcome) : StatusCodes.Status200OK);
    }

    private static IResult NotRun(SecretMasker masker, string runId, string code, string message, IReadOnlyList<ActionErrorDetail> details) =>
        ApiResults.Json(masker, WorkflowJson.NotRun(runId, new ActionError { Code = code, Message = message, Details = details }), StatusCodes.Status422UnprocessableEntity);
}
