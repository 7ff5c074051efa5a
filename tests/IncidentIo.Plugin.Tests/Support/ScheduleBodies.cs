namespace IncidentIo.Plugin.Tests.Support;

/// <summary>incident.io schedule bodies (ScheduleV2, ScheduleEntryV2).</summary>
internal static class ScheduleBodies
{
    public const string ScheduleId = "01JDA19ESQ22SMY4EM657F0S27";

    public static string Entry(string start, string end, string? userId, string name = "Alice") =>
        $$$"""{"start_at":"{{{start}}}","end_at":"{{{end}}}","rotation_id":"R1"{{{(userId is null ? "" : $$""","user":{"id":"{{userId}}","name":"{{name}}","role":"responder"}""")}}}}""";

    /// <summary>A schedule_entries answer whose final list holds <paramref name="final"/>; with <paramref name="after"/>, more pages follow.</summary>
    public static string Entries(string? after, params string[] final) =>
        $$$"""{"schedule_entries":{"scheduled":[],"overrides":[],"final":[{{{string.Join(",", final)}}}]}{{{(after is null ? "" : $$""","pagination_meta":{"after":"{{after}}","after_url":"https://api.incident.io/v2/schedule_entries"}""")}}}}""";
}
