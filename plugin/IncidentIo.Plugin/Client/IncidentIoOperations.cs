using RestSharp;

namespace IncidentIo.Plugin.Client;

/// <summary>The incident.io endpoints the actions call. Paths, methods and scopes are checked against the spec by tests.</summary>
internal static class IncidentIoOperations
{
    /// <summary><c>GET /v1/severities</c> (Severities V1#List).</summary>
    public static ApiOperation ListSeverities { get; } =
        new(Method.Get, "/v1/severities", "list severities", "severities.view", SafeToRetry: true);

    /// <summary><c>GET /v1/identity</c> (Utilities V1#Identity): the key's name and roles; any valid key may call it (no scope).</summary>
    public static ApiOperation Identity { get; } =
        new(Method.Get, "/v1/identity", "view its own identity", null, SafeToRetry: true);

    /// <summary><c>GET /v1/incident_statuses</c> (Incident Statuses V1#List).</summary>
    public static ApiOperation ListIncidentStatuses { get; } =
        new(Method.Get, "/v1/incident_statuses", "list incident statuses", "incident_statuses.view", SafeToRetry: true);

    /// <summary><c>GET /v1/incident_types</c> (Incident Types V1#List).</summary>
    public static ApiOperation ListIncidentTypes { get; } =
        new(Method.Get, "/v1/incident_types", "list incident types", "incident_types.view", SafeToRetry: true);

    /// <summary><c>GET /v2/incidents/{id}</c> (Incidents V2#Show); path parameter <c>id</c>.</summary>
    public static ApiOperation ShowIncident { get; } =
        new(Method.Get, "/v2/incidents/{id}", "view incidents", "incidents.view", SafeToRetry: true);

    /// <summary><c>POST /v2/incidents</c> (Incidents V2#Create). Retried only when the request carries its idempotency key.</summary>
    public static ApiOperation CreateIncident { get; } =
        new(Method.Post, "/v2/incidents", "create incidents", "incidents.create", SafeToRetry: true, RetryNeedsIdempotencyKey: true);

    /// <summary>
    /// <c>POST /v2/incidents/{id}/actions/edit</c> (Incidents V2#Edit; the spec gives no scope). Safe to retry: the same
    /// partial edit applied twice leaves the incident as applying it once (a lost answer may repeat the Slack notification).
    /// </summary>
    public static ApiOperation EditIncident { get; } =
        new(Method.Post, "/v2/incidents/{id}/actions/edit", "edit incidents", null, SafeToRetry: true);

    /// <summary><c>GET /v2/incidents</c> (Incidents V2#List): one page per call; filters in deepObject form.</summary>
    public static ApiOperation ListIncidents { get; } =
        new(Method.Get, "/v2/incidents", "view incidents", "incidents.view", SafeToRetry: true);

    /// <summary>
    /// <c>POST /v2/alert_events/http/{alert_source_config_id}</c> (Alert Events V2#CreateHTTP; 202). Authenticated with the
    /// alert source's token, not the API key (no scope). Retried only with a deduplication key: a repeated event with the
    /// same key updates the one alert.
    /// </summary>
    public static ApiOperation SendAlertEvent { get; } =
        new(Method.Post, "/v2/alert_events/http/{alert_source_config_id}", "send alert events", null, SafeToRetry: true, RetryNeedsIdempotencyKey: true, ApiCredential.AlertSourceToken);

    /// <summary><c>GET /v2/alerts</c> (Alerts V2#List): one page per call (page_size 1–50, required); filters in deepObject form.</summary>
    public static ApiOperation ListAlerts { get; } =
        new(Method.Get, "/v2/alerts", "view alerts", "alerts.view", SafeToRetry: true);

    /// <summary><c>GET /v2/alerts/{id}</c> (Alerts V2#Show).</summary>
    public static ApiOperation ShowAlert { get; } =
        new(Method.Get, "/v2/alerts/{id}", "view alerts", "alerts.view", SafeToRetry: true);

    /// <summary><c>POST /v2/alerts/{id}/actions/resolve</c> (Alerts V2#Resolve). Safe to retry: resolving a resolved alert returns it unchanged.</summary>
    public static ApiOperation ResolveAlert { get; } =
        new(Method.Post, "/v2/alerts/{id}/actions/resolve", "resolve alerts", "alerts.resolve", SafeToRetry: true);

    /// <summary><c>GET /v2/alert_sources</c> (Alert Sources V2#List): every source, no pagination.</summary>
    public static ApiOperation ListAlertSources { get; } =
        new(Method.Get, "/v2/alert_sources", "view alert sources", "alert_sources.view", SafeToRetry: true);

    /// <summary>
    /// <c>POST /v2/escalations</c> (Escalations V2#Create; 201). Limited to 60 requests a minute (the operation's description).
    /// Safe to retry with its idempotency key: a used key returns the existing escalation.
    /// </summary>
    public static ApiOperation CreateEscalation { get; } =
        new(Method.Post, "/v2/escalations", "create escalations", "escalations.create", SafeToRetry: true, RetryNeedsIdempotencyKey: true, PerMinuteLimit: 60);

    /// <summary><c>GET /v2/escalations/{id}</c> (Escalations V2#Show).</summary>
    public static ApiOperation ShowEscalation { get; } =
        new(Method.Get, "/v2/escalations/{id}", "view escalations", "escalations.view", SafeToRetry: true);

    /// <summary><c>POST /v2/escalations/{id}/actions/cancel</c> (Escalations V2#CancelEscalation; 200, no body). Cancelling twice is a no-op.</summary>
    public static ApiOperation CancelEscalation { get; } =
        new(Method.Post, "/v2/escalations/{id}/actions/cancel", "cancel escalations", "escalations.cancel", SafeToRetry: true);

    /// <summary><c>GET /v2/escalation_paths</c> (Escalations V2#ListPaths): one page (page_size 1–25).</summary>
    public static ApiOperation ListEscalationPaths { get; } =
        new(Method.Get, "/v2/escalation_paths", "view escalation paths", "escalation_paths.view", SafeToRetry: true);

    /// <summary><c>POST /v2/follow_ups</c> (Follow-ups V2#Create; 201). Not retried: the operation has no idempotency key.</summary>
    public static ApiOperation CreateFollowUp { get; } =
        new(Method.Post, "/v2/follow_ups", "create follow-ups", "follow_ups.create", SafeToRetry: false);

    /// <summary><c>GET /v2/escalations</c> (Escalations V2#List): one page (page_size 1–50); filters in deepObject form.</summary>
    public static ApiOperation ListEscalations { get; } =
        new(Method.Get, "/v2/escalations", "view escalations", "escalations.view", SafeToRetry: true);

    /// <summary><c>GET /v2/schedules</c> (Schedules V2#List): one page (page_size 1–10000; next_shifts only up to 25).</summary>
    public static ApiOperation ListSchedules { get; } =
        new(Method.Get, "/v2/schedules", "view schedules", "schedules.view", SafeToRetry: true);

    /// <summary>
    /// <c>GET /v2/schedule_entries</c> (Schedules V2#ListScheduleEntries): the entries of one schedule overlapping a window;
    /// the next page comes from passing <c>pagination_meta.after</c> back as <c>entry_window_start</c>.
    /// </summary>
    public static ApiOperation ListScheduleEntries { get; } =
        new(Method.Get, "/v2/schedule_entries", "view schedules", "schedules.view", SafeToRetry: true);

    /// <summary><c>GET /v2/follow_ups</c> (Follow-ups V2#List; scope <c>actions.view</c>): every match, no pagination.</summary>
    public static ApiOperation ListFollowUps { get; } =
        new(Method.Get, "/v2/follow_ups", "view follow-ups", "actions.view", SafeToRetry: true);

    /// <summary><c>GET /v2/follow_ups/{id}</c> (Follow-ups V2#Show; scope <c>actions.view</c>).</summary>
    public static ApiOperation ShowFollowUp { get; } =
        new(Method.Get, "/v2/follow_ups/{id}", "view follow-ups", "actions.view", SafeToRetry: true);

    /// <summary>
    /// <c>PUT /v2/follow_ups/{id}</c> (Follow-ups V2#Update). Safe to retry: the body is the follow-up's whole new state, so
    /// sending it twice leaves the same follow-up.
    /// </summary>
    public static ApiOperation UpdateFollowUp { get; } =
        new(Method.Put, "/v2/follow_ups/{id}", "update follow-ups", "follow_ups.update", SafeToRetry: true);

    /// <summary>
    /// <c>POST /v2/follow_ups/{id}/actions/connect_external_issue</c> (Follow-ups V2#ConnectExternalIssue). Not retried: a
    /// repeat after a lost answer fails because the follow-up is already connected.
    /// </summary>
    public static ApiOperation ConnectFollowUpIssue { get; } =
        new(Method.Post, "/v2/follow_ups/{id}/actions/connect_external_issue", "connect follow-ups to issues", "follow_ups.connect_external_issue", SafeToRetry: false);

    /// <summary><c>GET /v2/incident_updates</c> (Incident Updates V2#List; scope <c>incidents.view</c>): one page (page_size 1–250).</summary>
    public static ApiOperation ListIncidentUpdates { get; } =
        new(Method.Get, "/v2/incident_updates", "view incidents", "incidents.view", SafeToRetry: true);

    /// <summary><c>GET /v2/custom_fields</c> (Custom Fields V2#List): every field, no pagination, no options.</summary>
    public static ApiOperation ListCustomFields { get; } =
        new(Method.Get, "/v2/custom_fields", "view custom fields", "custom_fields.view", SafeToRetry: true);

    /// <summary><c>GET /v1/custom_field_options</c> (Custom Field Options V1#List): one field's options, one page (page_size 1–250).</summary>
    public static ApiOperation ListCustomFieldOptions { get; } =
        new(Method.Get, "/v1/custom_field_options", "view custom fields", "custom_fields.view", SafeToRetry: true);

    /// <summary><c>GET /v2/incident_roles</c> (Incident Roles V2#List): every role, no pagination.</summary>
    public static ApiOperation ListIncidentRoles { get; } =
        new(Method.Get, "/v2/incident_roles", "view incident roles", "incident_roles.view", SafeToRetry: true);

    /// <summary><c>GET /v2/users</c> (Users V2#List): one page (page_size 1–10000), filtered by exact email or Slack user id.</summary>
    public static ApiOperation ListUsers { get; } =
        new(Method.Get, "/v2/users", "view users", "users.view", SafeToRetry: true);
}
