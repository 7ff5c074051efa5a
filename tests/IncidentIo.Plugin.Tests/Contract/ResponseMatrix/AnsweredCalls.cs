using System.Text.Json.Nodes;

namespace IncidentIo.Plugin.Tests.Contract.ResponseMatrix;

/// <summary>Every action that reads a typed answer, with the operation it calls; and the actions that read none.</summary>
internal static class AnsweredCalls
{
    /// <summary>call_api hands any body back as it came; cancel_escalation's operation declares no body.</summary>
    public static IReadOnlyList<string> WithoutTypedAnswer { get; } = ["call-api", "cancel-escalation"];

    public static IReadOnlyList<AnsweredCall> All { get; } =
    [
        new("list-severities", "/v1/severities", "get", "/v1/severities", "list-severities"),
        new("test-connection", "/v1/severities", "get", "/v1/severities", "list-severities"),
        new("list-incident-statuses", "/v1/incident_statuses", "get", "/v1/incident_statuses", "list-incident-statuses"),
        new("list-incident-types", "/v1/incident_types", "get", "/v1/incident_types", "list-incident-types"),
        new("get-incident", "/v2/incidents/{id}", "get", "/v2/incidents/*", "get-incident"),
        new("list-incidents", "/v2/incidents", "get", "/v2/incidents", "list-incidents"),
        new("create-incident", "/v2/incidents", "post", "/v2/incidents", "create-incident", Identity("incident", "reference")),
        new("update-incident", "/v2/incidents/{id}/actions/edit", "post", "/v2/incidents/*/actions/edit", "update-incident", Identity("incident", "reference")),
        new("send-alert-event", "/v2/alert_events/http/{alert_source_config_id}", "post", "/v2/alert_events/http/*", "send-alert-event"),
        new("list-alerts", "/v2/alerts", "get", "/v2/alerts", "list-alerts"),
        new("get-alert", "/v2/alerts/{id}", "get", "/v2/alerts/*", "get-alert"),
        new("resolve-alert", "/v2/alerts/{id}/actions/resolve", "post", "/v2/alerts/*/actions/resolve", "resolve-alert"),
        new("list-alert-sources", "/v2/alert_sources", "get", "/v2/alert_sources", "list-alert-sources"),
        new("create-escalation", "/v2/escalations", "post", "/v2/escalations", "create-escalation", Identity("escalation")),
        new("get-escalation", "/v2/escalations/{id}", "get", "/v2/escalations/*", "get-escalation"),
        new("list-escalation-paths", "/v2/escalation_paths", "get", "/v2/escalation_paths", "list-escalation-paths"),
        new("create-follow-up", "/v2/follow_ups", "post", "/v2/follow_ups", "create-follow-up", Identity("follow_up")),
        new("list-escalations", "/v2/escalations", "get", "/v2/escalations", "list-escalations"),
        new("list-schedules", "/v2/schedules", "get", "/v2/schedules", "list-schedules"),
        new("list-follow-ups", "/v2/follow_ups", "get", "/v2/follow_ups", "list-follow-ups"),
        new("connect-follow-up-issue", "/v2/follow_ups/{id}/actions/connect_external_issue", "post", "/v2/follow_ups/*/actions/connect_external_issue", "connect-follow-up-issue"),
        new("list-incident-updates", "/v2/incident_updates", "get", "/v2/incident_updates", "list-incident-updates"),
        new("list-incident-roles", "/v2/incident_roles", "get", "/v2/incident_roles", "list-incident-roles"),
        new("list-users", "/v2/users", "get", "/v2/users", "list-users"),

        // Multi-call actions: one row per operation, the others answered with their spec example.
        new("get-on-call", "/v2/schedule_entries", "get", "/v2/schedule_entries", "get-on-call")
        {
            Needed = ["/schedule_entries", "/schedule_entries/final"],
            NextPage = ("entry_window_start", "abc123", new JsonObject { ["schedule_entries"] = new JsonObject { ["final"] = new JsonArray() } }),
        },
        new("update-follow-up", "/v2/follow_ups/{id}", "get", "/v2/follow_ups/*", "update-follow-up")
        {
            Others = [new("/v2/follow_ups/{id}", "put", "/v2/follow_ups/*")],
            Needed = ["/follow_up", "/follow_up/id", "/follow_up/incident_id", "/follow_up/title", "/follow_up/status"],
        },
        new("update-follow-up", "/v2/follow_ups/{id}", "put", "/v2/follow_ups/*", "update-follow-up", Identity("follow_up"))
        {
            Others = [new("/v2/follow_ups/{id}", "get", "/v2/follow_ups/*")],
        },
        new("list-custom-fields", "/v2/custom_fields", "get", "/v2/custom_fields", "list-custom-fields")
        {
            Others = [new("/v1/custom_field_options", "get", "/v1/custom_field_options", "custom_field_options")],
            Input = new JsonObject(),
        },
        new("list-custom-fields", "/v1/custom_field_options", "get", "/v1/custom_field_options", "list-custom-fields")
        {
            Others = [new("/v2/custom_fields", "get", "/v2/custom_fields", Edit: SelectFieldsWithOptions)],
            Needed = ["/custom_field_options"],
            NextPage = ("after", "01FCNDV6P870EA6S7TK1DSYDG0", new JsonObject { ["custom_field_options"] = new JsonArray(), ["pagination_meta"] = new JsonObject { ["page_size"] = 25 } }),
            Input = new JsonObject(),
        },
        new("set-custom-field", "/v2/custom_fields", "get", "/v2/custom_fields", "set-custom-field")
        {
            Others = [new("/v2/incidents/{id}/actions/edit", "post", "/v2/incidents/*/actions/edit")],
            // The field the input names: without it (or unreadable) nothing can be set. A plain select field, so catalog_type_id
            // is not in the answer (its absence would rightly make the catalog entry value the wrong kind).
            Needed = ["/custom_fields", "/custom_fields/0", "/custom_fields/0/id", "/custom_fields/0/name", "/custom_fields/0/field_type"],
            ExampleEdit = SelectFieldsWithOptions,
            ExpectedErrors = new Dictionary<string, string> { ["/custom_fields/0 Removed"] = "not_found" },
            Input = new JsonObject { ["incident_id"] = "INC-123", ["custom_field_id"] = "01FCNDV6P870EA6S7TK1DSYDG0", ["value_option_id"] = "01FCNDV6P870EA6S7TK1DSYDG0" },
        },
        new("set-custom-field", "/v2/incidents/{id}/actions/edit", "post", "/v2/incidents/*/actions/edit", "set-custom-field", Identity("incident", "reference"))
        {
            Others = [new("/v2/custom_fields", "get", "/v2/custom_fields")],
            Input = SetCatalogField,
        },
    ];

    // The spec's example field is catalog-backed (its value is a catalog entry); these inputs match it.
    private static JsonObject SetCatalogField => new()
    {
        ["incident_id"] = "INC-123", ["custom_field_id"] = "01FCNDV6P870EA6S7TK1DSYDG0", ["value_catalog_entry_id"] = "lawrence@incident.io",
    };

    // The spec's example field is catalog-backed, whose options are never read: served as a plain select field instead.
    private static void SelectFieldsWithOptions(JsonNode fields)
    {
        foreach (var field in fields["custom_fields"]!.AsArray())
        {
            field!.AsObject().Remove("catalog_type_id");
        }
    }


    // The resource object, its id and any other field that names it: without these a write cannot say what it wrote.
    private static string[] Identity(string resource, params string[] more) =>
        [$"/{resource}", $"/{resource}/id", .. more.Select(m => $"/{resource}/{m}")];
}
