using System.Globalization;
using System.Text.Json.Nodes;
using IncidentIo.Simulator.Auth;
using IncidentIo.Simulator.Errors;
using IncidentIo.Simulator.Payloads;
using IncidentIo.Simulator.Seed;
using IncidentIo.Simulator.State;

namespace IncidentIo.Simulator.Incidents;

/// <summary>A read and checked IncidentsCreatePayloadV2, with incident.io's rules beyond the schema.</summary>
internal sealed class CreatePayload
{
    public required List<ApiErrorDetail> Errors { get; init; }

    public string? IdempotencyKey { get; private init; }

    public long? ExternalId { get; private init; }

    private string Visibility { get; init; } = "public";

    private string Mode { get; init; } = "standard";

    private string? Name { get; init; }

    private string? Summary { get; init; }

    private JsonObject? Severity { get; init; }

    private JsonObject? Status { get; init; }

    private JsonObject? Type { get; init; }

    private string? ChannelName { get; init; }

    private string? SlackTeamId { get; init; }

    private string? RetrospectiveChannelId { get; init; }

    private string? PostmortemUrl { get; init; }

    private NestedChanges? Nested { get; init; }

    public static CreatePayload Read(PayloadReader reader, SeedCatalog catalog)
    {
        var retrospective = reader.Nested(reader.Object("retrospective_incident_options"), "retrospective_incident_options");
        var payload = new CreatePayload
        {
            Errors = reader.Errors,
            IdempotencyKey = reader.String("idempotency_key", required: true),
            Visibility = reader.Enum("visibility", CreateIncidentEndpoint.Visibilities, required: true) ?? "public",
            Mode = reader.Enum("mode", CreateIncidentEndpoint.Modes) ?? "standard",
            Name = reader.String("name"),
            Summary = reader.String("summary"),
            Severity = reader.Reference("severity_id", catalog, "severities", "severity"),
            Status = reader.Has("incident_status_id") ? reader.Reference("incident_status_id", catalog, "incident_statuses", "incident status") : catalog.FirstLiveStatus,
            Type = reader.Has("incident_type_id") ? reader.Reference("incident_type_id", catalog, "incident_types", "incident type") : catalog.DefaultType,
            ChannelName = reader.String("slack_channel_name_override"),
            SlackTeamId = reader.String("slack_team_id") ?? catalog.SlackTeamId,
            ExternalId = retrospective.Integer("external_id"),
            PostmortemUrl = retrospective.String("postmortem_document_url"),
            RetrospectiveChannelId = retrospective.String("slack_channel_id"),
            Nested = NestedChanges.Read(reader, catalog),
        };
        payload.CheckRules(reader);
        return payload;
    }

    public IncidentRecord ToRecord(string id, long number, ApiKeyIdentity creator, DateTimeOffset now)
    {
        var name = Name ?? "Untitled incident";
        var hasChannel = Mode != "retrospective" || RetrospectiveChannelId is not null;
        var record = new IncidentRecord
        {
            Id = id,
            Number = number,
            IdempotencyKey = IdempotencyKey!,
            Creator = creator,
            CreatedAt = now,
            UpdatedAt = now,
            Name = name,
            Summary = Summary,
            Visibility = Visibility,
            Mode = Mode,
            SeverityId = (string?)Severity?["id"],
            StatusId = (string)Status!["id"]!,
            TypeId = (string)Type!["id"]!,
            SlackTeamId = SlackTeamId!,
            // A retrospective incident gets no channel unless one is given, so its slack_channel_id is empty.
            SlackChannelId = RetrospectiveChannelId ?? (hasChannel ? "C" + id[^10..] : ""),
            SlackChannelName = hasChannel ? ChannelName ?? ChannelNameFor(number, name) : null,
            PostmortemDocumentUrl = PostmortemUrl,
        };
        Nested!.ApplyTo(record);
        return record;
    }

    private void CheckRules(PayloadReader reader)
    {
        if (reader.Has("retrospective_incident_options") && Mode != "retrospective")
        {
            reader.Invalid("retrospective_incident_options", "retrospective_incident_options can only be set when mode is retrospective");
        }

        if (Status is not null && (string)Status["category"]! != "triage" && !reader.Has("severity_id"))
        {
            reader.Required("severity_id", "A severity is required to open an incident");
        }

        if (Type is not null && (bool)Type["private_incidents_only"]! && Visibility != "private")
        {
            reader.Invalid("visibility", $"Incidents of type '{Type["name"]}' must be private");
        }
    }

    private static string ChannelNameFor(long number, string name)
    {
        var slug = new string(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        var full = string.Create(CultureInfo.InvariantCulture, $"inc-{number}-{slug}");
        return full.Length > 80 ? full[..80] : full;
    }
}
