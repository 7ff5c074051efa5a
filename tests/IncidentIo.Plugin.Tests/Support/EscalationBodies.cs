namespace IncidentIo.Plugin.Tests.Support;

/// <summary>incident.io escalation and follow-up bodies (EscalationV2, FollowUpV2).</summary>
internal static class EscalationBodies
{
    public const string Id = "01JD9T8K2N4Q6S8U1W3Y5A7C9E";

    public const string Created = $$$"""
        {"escalation":{"id":"{{{Id}}}","status":"triggered","title":"Disk full","description":"","priority":{"name":"P1"},"creator":{},
         "events":[{"id":"E1","event":"triggered","occurred_at":"2024-05-01T09:30:00.000000Z"}],"related_incidents":[],"related_alerts":[],
         "created_at":"2024-05-01T09:30:00.000000Z","updated_at":"2024-05-01T09:30:00.000000Z"}}
        """;

    public const string FollowUp = """
        {"follow_up":{"id":"F1","incident_id":"I1","title":"Alert earlier","status":"outstanding","labels":[],"creator":{"api_key":{"id":"K","name":"Workflow key"}},
         "created_at":"2024-05-01T09:30:00.000000Z","updated_at":"2024-05-01T09:30:00.000000Z"}}
        """;
}
