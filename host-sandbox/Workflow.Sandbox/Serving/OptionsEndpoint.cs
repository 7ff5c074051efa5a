using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Workflow.Hosting.Connections;
using Workflow.Hosting.DropdownOptions;

namespace Workflow.Sandbox.Serving;

/// <summary>POST /api/actions/{id}/options/{input}: the input's dropdown options; the body is the form's other values.</summary>
internal static class OptionsEndpoint
{
    public static void Map(IEndpointRouteBuilder api, BuilderSession session) =>
        api.MapPost("/actions/{id}/options/{input}", (string id, string input, HttpContext context, CancellationToken cancellationToken) =>
            ResolveAsync(session, id, input, context, cancellationToken));

    // The value sorted by (a severity's rank) too, so the page can show it beside the label.
    private static JsonObject Option(OptionItem option)
    {
        var json = option.ToJson();
        json["sort_value"] = option.SortValue?.DeepClone();
        return json;
    }

    private static async Task<IResult> ResolveAsync(BuilderSession session, string id, string input, HttpContext context, CancellationToken cancellationToken)
    {
        var (form, error) = await RequestBody.ReadAsync(context, session, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var request = new OptionsRequest(id, input, form, null, session.Timeout);
        var result = await OptionsResolver.ResolveAsync(
            session.Sandbox, request, _ => Task.FromResult(ConnectionScope.Of(session.Connections())), cancellationToken);
        return result.Problem is { } problem
            ? ApiResults.Outcome(session.Sandbox.Masker, problem)
            : ApiResults.Json(session.Sandbox.Masker, new JsonObject
            {
                ["ok"] = true,
                ["action"] = id,
                ["input"] = input,
                ["source"] = result.Source,
                ["options"] = new JsonArray([.. result.Options!.Select(Option)]),
            });
    }
}
