using System.Text.Json.Nodes;
using IncidentIo.Simulator.Errors;
using IncidentIo.Simulator.Json;
using IncidentIo.Simulator.Payloads;
using IncidentIo.Simulator.Seed;
using IncidentIo.Simulator.State;
using IncidentIo.Simulator.Webhooks;

namespace IncidentIo.Simulator.FollowUps;

/// <summary>
/// <c>PUT /v2/follow_ups/{id}</c> and <c>POST /v2/follow_ups/{id}/actions/connect_external_issue</c>. The PUT replaces the
/// follow-up's state: a field left out is cleared (the spec does not say; this is the strict reading). Assignees must be seed
/// users; teams and priorities are not modelled (422), categories are accepted and not shown (FollowUpV2 has none).
/// </summary>
internal static class FollowUpChangeEndpoints
{
    public static readonly string[] Providers = ["asana", "azure_devops", "click_up", "linear", "jira", "jira_server", "github", "gitlab", "service_now", "shortcut", "notion"];

    private static readonly string[] Statuses = ["outstanding", "completed", "not_doing"];

    private static readonly string[] Unmodelled = ["assignee_team_id", "follow_up_priority_option_id"];

    private static readonly string[] Optional = ["description", "assignee", "completed_at"];

    public static async Task<IResult> UpdateAsync(string id, HttpContext context, SimulatorState state, TimeProvider clock, WebhookOutbox webhooks)
    {
        var body = await SimulatorJson.ReadObjectAsync(context.Request, context.RequestAborted);
        if (body is null)
        {
            return ApiError.BadRequest("The request body must be a JSON object");
        }

        var reader = new PayloadReader(body, "", []);
        var title = reader.String("title", required: true);
        var status = (string?)body["status"] == "deleted" ? Deleted(reader) : reader.Enum("status", Statuses, required: true);
        var description = reader.String("description");
        var labels = reader.Array("labels");
        var assigneeId = reader.String("assignee_id");
        var assignee = assigneeId is null ? null : state.Catalog.Users.FirstOrDefault(u => (string?)u["id"] == assigneeId);
        if (assigneeId is not null && assignee is null)
        {
            reader.Invalid("assignee_id", $"No user found with id '{assigneeId}'");
        }

        foreach (var unmodelled in Unmodelled.Where(f => reader.String(f) is not null))
        {
            reader.Invalid(unmodelled, $"The simulator does not model {(unmodelled == "assignee_team_id" ? "teams" : "follow-up priorities")}");
        }

        reader.String("follow_up_category_id");
        if (reader.Errors.Count > 0)
        {
            return ApiError.Validation(reader.Errors);
        }

        var now = SimulatorJson.Timestamp(clock.GetUtcNow());
        var (followUp, _) = state.FollowUps.Update<ApiError>(id, f =>
        {
            if ((string?)f["status"] != status)
            {
                f["completed_at"] = status == "completed" ? now : null;
            }

            f["title"] = title;
            f["status"] = status;
            f["description"] = description;
            f["labels"] = labels?.DeepClone() ?? new JsonArray();
            f["assignee"] = assignee is null ? null : Slim(assignee);
            f["updated_at"] = now;
            foreach (var cleared in Optional.Where(k => f[k] is null))
            {
                f.Remove(cleared);
            }

            return null;
        });
        if (followUp is null)
        {
            return NotFound(id);
        }

        PublishUpdated(webhooks, state, followUp);
        return new JsonResult(new JsonObject { ["follow_up"] = followUp });
    }

    public static async Task<IResult> ConnectAsync(string id, HttpContext context, SimulatorState state, TimeProvider clock, WebhookOutbox webhooks)
    {
        var body = await SimulatorJson.ReadObjectAsync(context.Request, context.RequestAborted);
        if (body is null)
        {
            return ApiError.BadRequest("The request body must be a JSON object");
        }

        var reader = new PayloadReader(body, "", []);
        var provider = reader.Enum("provider", Providers, required: true);
        var url = reader.String("url", required: true);
        if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            reader.Invalid("url", "url must be the issue's absolute URL");
        }

        if (reader.Errors.Count > 0)
        {
            return ApiError.Validation(reader.Errors);
        }

        var (followUp, error) = state.FollowUps.Update(id, f =>
        {
            if (f["external_issue_reference"] is not null)
            {
                return ApiError.Validation("invalid_value", "This follow-up is already connected to an external issue", "id");
            }

            f["external_issue_reference"] = new JsonObject
            {
                ["provider"] = provider,
                ["issue_name"] = new Uri(url!).Segments[^1].Trim('/'),
                ["issue_permalink"] = url,
            };
            f["updated_at"] = SimulatorJson.Timestamp(clock.GetUtcNow());
            return null;
        });
        if (followUp is null || error is not null)
        {
            return followUp is null ? NotFound(id) : error!;
        }

        PublishUpdated(webhooks, state, followUp);
        return new JsonResult(new JsonObject { ["follow_up"] = followUp });
    }

    private static void PublishUpdated(WebhookOutbox webhooks, SimulatorState state, JsonObject followUp) =>
        webhooks.Publish(FollowUpWebhookEvents.Updated(followUp, state.Find((string)followUp["incident_id"]!)));

    internal static ApiError NotFound(string id) => ApiError.NotFound($"No follow-up found with id '{id}'");

    // FollowUpV2.assignee is UserV2, the slim user.
    internal static JsonObject Slim(JsonObject user) => new()
    {
        ["id"] = user["id"]!.DeepClone(),
        ["name"] = user["name"]!.DeepClone(),
        ["email"] = user["email"]?.DeepClone(),
        ["role"] = user["role"]!.DeepClone(),
    };

    private static string? Deleted(PayloadReader reader)
    {
        reader.Invalid("status", "Setting status to deleted is not allowed; use the delete endpoint instead");
        return null;
    }
}
