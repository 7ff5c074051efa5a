using RestSharp;

namespace IncidentIo.Plugin.Client;

/// <summary>The incident.io endpoints the actions call. Paths, methods and scopes are checked against the spec by tests.</summary>
internal static class IncidentIoOperations
{
    /// <summary><c>GET /v1/severities</c> (Severities V1#List).</summary>
    public static ApiOperation ListSeverities { get; } =
        new(Method.Get, "/v1/severities", "list severities", "severities.view", SafeToRetry: true);

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
}
