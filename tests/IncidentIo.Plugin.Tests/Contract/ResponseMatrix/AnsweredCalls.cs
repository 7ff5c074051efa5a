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
    ];

    /// <summary>
    /// Actions that read a typed answer but call more than one operation per run, which this one-operation matrix cannot
    /// serve yet: get_on_call reshapes schedule entries into who is on call; update_follow_up reads the follow-up, then
    /// puts it; list_custom_fields reads the fields, then each select field's options. Their readers are the same
    /// LenientReader, and their own tests cover missing and unreadable fields. set_custom_field reads the fields, then edits.
    /// </summary>
    public static IReadOnlyList<string> SeveralOperations { get; } = ["get-on-call", "update-follow-up", "list-custom-fields", "set-custom-field"];

    // The resource object, its id and any other field that names it: without these a write cannot say what it wrote.
    private static string[] Identity(string resource, params string[] more) =>
        [$"/{resource}", $"/{resource}/id", .. more.Select(m => $"/{resource}/{m}")];
}
