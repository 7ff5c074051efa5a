using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.GetOnCall;

/// <summary>Input of incidentio.get_on_call: the schedule and, optionally, the instant (RFC 3339; default now).</summary>
internal sealed record GetOnCallInput(string ScheduleId, DateTimeOffset? At)
{
    /// <summary>The input naming the schedule.</summary>
    public const string ScheduleIdField = "schedule_id";

    public static bool TryRead(JsonElement input, [NotNullWhen(true)] out GetOnCallInput? value, [NotNullWhen(false)] out ActionError? error)
    {
        value = null;
        if (!ActionInput.TryRequiredText(input, ScheduleIdField, "the schedule's id (list_schedules)", out var scheduleId, out error))
        {
            return false;
        }

        DateTimeOffset? at = null;
        if (input.TryGetProperty("at", out var given) && given.ValueKind != JsonValueKind.Null)
        {
            if (given.ValueKind != JsonValueKind.String
                || !DateTimeOffset.TryParse(given.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                error = ActionInput.Invalid("at must be a date-time such as 2024-05-01T09:30:00Z", new ActionErrorDetail("/at", "must be an RFC 3339 date-time", "format"));
                return false;
            }

            at = parsed;
        }

        value = new GetOnCallInput(scheduleId, at);
        return true;
    }
}
