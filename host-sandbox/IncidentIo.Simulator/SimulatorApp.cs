using System.Net;
using System.Text.Json.Nodes;
using IncidentIo.Simulator.Alerts;
using IncidentIo.Simulator.Auth;
using IncidentIo.Simulator.Catalog;
using IncidentIo.Simulator.Errors;
using IncidentIo.Simulator.Escalations;
using IncidentIo.Simulator.Faults;
using IncidentIo.Simulator.FollowUps;
using IncidentIo.Simulator.Http;
using IncidentIo.Simulator.Ids;
using IncidentIo.Simulator.IncidentUpdates;
using IncidentIo.Simulator.Incidents;
using IncidentIo.Simulator.Json;
using IncidentIo.Simulator.RateLimiting;
using IncidentIo.Simulator.Schedules;
using IncidentIo.Simulator.State;
using IncidentIo.Simulator.Users;
using IncidentIo.Simulator.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace IncidentIo.Simulator;

/// <summary>
/// The server: request id → (API routes only) bearer auth → injected faults → rate limit → endpoint.
/// The health route /healthz skips everything but the request id, so drills can wait for readiness.
/// </summary>
internal static class SimulatorApp
{
    public const string HealthPath = "/healthz";

    public static (WebApplication App, IAsyncDisposable Resources) Build(SimulatorOptions options, SimulatorState state, WebhookOutbox webhooks)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(SimulatorApp).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        builder.Services.AddSingleton(state);
        builder.Services.AddSingleton(webhooks);
        builder.Services.AddSingleton(options.Clock);
        builder.Services.AddSingleton(new UlidGenerator(options.Clock));
        var app = builder.Build();

        var logger = options.LoggerFactory?.CreateLogger("IncidentIo.Simulator") ?? NullLogger.Instance;
        var rateLimit = new RateLimitMiddleware(options.RateLimitCapacity, options.RateLimitRefillPerSecond);
        var auth = new BearerAuthMiddleware(Keys(options, state));
        var alertSourceAuth = new AlertSourceAuthMiddleware(state.Catalog);
        var faults = new FaultMiddleware(new FaultInjector(options.Faults), options.RateLimitCapacity);
        app.Use(new RequestIdMiddleware(logger).InvokeAsync);
        app.UseWhen(context => !context.Request.Path.Equals(HealthPath, StringComparison.Ordinal), api =>
        {
            // Alert events carry the alert source's token, never an API key. One dispatching middleware: UseWhen branches broke
            // the stall fault's late write (FaultMiddlewareTests.InvokeAsync_StallPastTheCallersTimeout_StillStoresTheIncident).
            api.Use((context, next) => AlertSourceAuthMiddleware.Applies(context) ? alertSourceAuth.InvokeAsync(context, next) : auth.InvokeAsync(context, next));
            if (!options.Faults.IsNone)
            {
                api.Use(faults.InvokeAsync);
            }

            api.Use(rateLimit.InvokeAsync);
        });

        MapRoutes(app);
        return (app, rateLimit);
    }

    private static void MapRoutes(WebApplication app)
    {
        app.MapGet(HealthPath, () => new JsonResult(new JsonObject { ["status"] = "ok" }));
        app.MapPost("/v2/incidents", CreateIncidentEndpoint.HandleAsync).AddEndpointFilter(RequiredPermission.Scope("incidents.create"));
        app.MapGet("/v2/incidents", ListIncidentsEndpoint.Handle).AddEndpointFilter(RequiredPermission.Scope("incidents.view"));
        app.MapGet("/v2/incidents/{id}", ShowIncidentEndpoint.Handle).AddEndpointFilter(RequiredPermission.Scope("incidents.view"));
        // The spec gives edit no x-rbac-scopes; incident.io's dashboard calls the permission "Edit incidents".
        app.MapPost("/v2/incidents/{id}/actions/edit", EditIncidentEndpoint.HandleAsync).AddEndpointFilter(RequiredPermission.Role("incident_editor"));
        app.MapGet("/v1/severities", CatalogEndpoints.Severities).AddEndpointFilter(RequiredPermission.Scope("severities.view"));
        app.MapGet("/v1/incident_statuses", CatalogEndpoints.Statuses).AddEndpointFilter(RequiredPermission.Scope("incident_statuses.view"));
        app.MapGet("/v1/incident_types", CatalogEndpoints.Types).AddEndpointFilter(RequiredPermission.Scope("incident_types.view"));
        app.MapGet("/v1/identity", IdentityEndpoint.Handle);
        app.MapPost("/v2/alert_events/http/{alert_source_config_id}", AlertEventsEndpoint.HandleAsync);
        app.MapGet("/v2/alerts", ListAlertsEndpoint.Handle).AddEndpointFilter(RequiredPermission.Scope("alerts.view"));
        app.MapGet("/v2/alerts/{id}", AlertEndpoints.Show).AddEndpointFilter(RequiredPermission.Scope("alerts.view"));
        app.MapPost("/v2/alerts/{id}/actions/resolve", AlertEndpoints.Resolve).AddEndpointFilter(RequiredPermission.Scope("alerts.resolve"));
        app.MapGet("/v2/alert_sources", AlertEndpoints.Sources).AddEndpointFilter(RequiredPermission.Scope("alert_sources.view"));
        app.MapPost("/v2/escalations", EscalationEndpoints.CreateAsync).AddEndpointFilter(RequiredPermission.Scope("escalations.create"));
        app.MapGet("/v2/escalations", ListEscalationsEndpoint.Handle).AddEndpointFilter(RequiredPermission.Scope("escalations.view"));
        app.MapGet("/v2/escalations/{id}", EscalationEndpoints.Show).AddEndpointFilter(RequiredPermission.Scope("escalations.view"));
        app.MapPost("/v2/escalations/{id}/actions/cancel", EscalationEndpoints.Cancel).AddEndpointFilter(RequiredPermission.Scope("escalations.cancel"));
        app.MapGet("/v2/escalation_paths", EscalationEndpoints.Paths).AddEndpointFilter(RequiredPermission.Scope("escalation_paths.view"));
        app.MapGet("/v2/schedules", ScheduleEndpoints.List).AddEndpointFilter(RequiredPermission.Scope("schedules.view"));
        app.MapGet("/v2/schedule_entries", ScheduleEndpoints.Entries).AddEndpointFilter(RequiredPermission.Scope("schedules.view"));
        app.MapPost("/v2/follow_ups", FollowUpEndpoints.CreateAsync).AddEndpointFilter(RequiredPermission.Scope("follow_ups.create"));
        app.MapGet("/v2/follow_ups", FollowUpEndpoints.List).AddEndpointFilter(RequiredPermission.Scope("actions.view"));
        app.MapGet("/v2/follow_ups/{id}", FollowUpEndpoints.Show).AddEndpointFilter(RequiredPermission.Scope("actions.view"));
        app.MapPut("/v2/follow_ups/{id}", FollowUpChangeEndpoints.UpdateAsync).AddEndpointFilter(RequiredPermission.Scope("follow_ups.update"));
        app.MapPost("/v2/follow_ups/{id}/actions/connect_external_issue", FollowUpChangeEndpoints.ConnectAsync).AddEndpointFilter(RequiredPermission.Scope("follow_ups.connect_external_issue"));
        app.MapGet("/v2/incident_updates", IncidentUpdateEndpoints.List).AddEndpointFilter(RequiredPermission.Scope("incidents.view"));
        app.MapGet("/v2/custom_fields", CustomFieldEndpoints.Fields).AddEndpointFilter(RequiredPermission.Scope("custom_fields.view"));
        app.MapGet("/v1/custom_field_options", CustomFieldEndpoints.Options).AddEndpointFilter(RequiredPermission.Scope("custom_fields.view"));
        app.MapGet("/v2/incident_roles", CustomFieldEndpoints.Roles).AddEndpointFilter(RequiredPermission.Scope("incident_roles.view"));
        app.MapGet("/v2/users", UserEndpoints.List).AddEndpointFilter(RequiredPermission.Scope("users.view"));

        // Last, so it never shadows a route: a gap of the simulator says so (501), unlike incident.io's 404 for an unknown id.
        app.MapFallback(NotImplementedRoute.For);
    }

    private static List<(string, ApiKeyIdentity)> Keys(SimulatorOptions options, SimulatorState state)
    {
        var keys = new List<(string, ApiKeyIdentity)> { (options.ApiKey, state.Catalog.ApiKey) };
        if (options.ForbiddenApiKey is { } limited)
        {
            keys.Add((limited, state.Catalog.LimitedApiKey ?? ApiKeyIdentity.FromRoles("limited", "Sandbox limited key", ["incident_creator"])));
        }

        foreach (var extra in options.ExtraApiKeys)
        {
            var id = "extra-" + keys.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            keys.Add((extra.Key, extra.Scopes is { } scopes
                ? new ApiKeyIdentity(id, extra.Name, extra.Roles, scopes.ToHashSet(StringComparer.Ordinal))
                : ApiKeyIdentity.FromRoles(id, extra.Name, extra.Roles)));
        }

        return keys;
    }
}
