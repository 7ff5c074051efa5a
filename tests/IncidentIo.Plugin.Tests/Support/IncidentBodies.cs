namespace IncidentIo.Plugin.Tests.Support;

/// <summary>A small but complete IncidentsShowResultV2 body (only the spec's required fields, plus severity and permalink).</summary>
internal static class IncidentBodies
{
    public const string Id = "01FDAG4SAP5TYPT98WGR2N7W91";

    public const string Show = """
        {"incident":{
          "id":"01FDAG4SAP5TYPT98WGR2N7W91","reference":"INC-123","name":"Our database is sad","mode":"standard","visibility":"public",
          "permalink":"https://app.incident.io/incidents/123","slack_team_id":"T02A1FSLE8J",
          "created_at":"2021-08-17T13:28:57.801578Z","updated_at":"2021-08-17T13:28:57.801578Z",
          "creator":{"api_key":{"id":"K1","name":"Workflow key"}},
          "custom_field_entries":[],"incident_role_assignments":[],
          "severity":{"id":"S1","name":"Minor","description":"","rank":1,"created_at":"2021-08-17T13:28:57.801578Z","updated_at":"2021-08-17T13:28:57.801578Z"},
          "incident_status":{"id":"ST1","name":"Investigating","description":"","rank":1,"category":"live","created_at":"2021-08-17T13:28:57.801578Z","updated_at":"2021-08-17T13:28:57.801578Z"}}}
        """;
}
