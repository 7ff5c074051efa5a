namespace IncidentIo.Plugin.Tests.Support;

/// <summary>incident.io custom field, option, role and user bodies, stubbed so names resolve.</summary>
internal static class NameBodies
{
    public const string TeamField = "CF_TEAM";
    public const string PlatformOption = "OPT_PLATFORM";
    public const string LeadRole = "ROLE_LEAD";

    public const string CustomFields = """
        {"custom_fields":[
          {"id":"CF_TEAM","name":"Affected Team","description":"","field_type":"single_select","created_at":"2024-04-01T09:00:00Z","updated_at":"2024-04-01T09:00:00Z"},
          {"id":"CF_IMPACT","name":"Customer impact","description":"","field_type":"text","created_at":"2024-04-01T09:00:00Z","updated_at":"2024-04-01T09:00:00Z"},
          {"id":"CF_SERVICES","name":"Services","description":"","field_type":"multi_select","created_at":"2024-04-01T09:00:00Z","updated_at":"2024-04-01T09:00:00Z"},
          {"id":"CF_COST","name":"Cost","description":"","field_type":"numeric","created_at":"2024-04-01T09:00:00Z","updated_at":"2024-04-01T09:00:00Z"},
          {"id":"CF_OWNER","name":"Owner","description":"","field_type":"single_select","catalog_type_id":"CT1","created_at":"2024-04-01T09:00:00Z","updated_at":"2024-04-01T09:00:00Z"}]}
        """;

    public const string Options = """
        {"custom_field_options":[{"id":"OPT_PRODUCT","custom_field_id":"CF_TEAM","value":"Product","sort_key":20},{"id":"OPT_PLATFORM","custom_field_id":"CF_TEAM","value":"Platform","sort_key":10}],
         "pagination_meta":{"page_size":250}}
        """;

    public const string Roles = """
        {"incident_roles":[{"id":"ROLE_LEAD","name":"Incident Lead","description":"d","instructions":"i","shortform":"lead","role_type":"lead","created_at":"2024-04-01T09:00:00Z","updated_at":"2024-04-01T09:00:00Z"},
          {"id":"ROLE_COMMS","name":"Communications","description":"d","instructions":"i","shortform":"comms","role_type":"custom","created_at":"2024-04-01T09:00:00Z","updated_at":"2024-04-01T09:00:00Z"}]}
        """;

    /// <summary>A field list holding one single-select field with the id <paramref name="id"/>.</summary>
    public static string SelectField(string id) =>
        $$"""{"custom_fields":[{"id":"{{id}}","name":"Affected service","description":"","field_type":"single_select","created_at":"2024-04-01T09:00:00Z","updated_at":"2024-04-01T09:00:00Z"}]}""";

    /// <summary>Stubs the three lists names are resolved from.</summary>
    public static void Stub(IncidentIoStub stub)
    {
        stub.Returns("GET", "/v2/custom_fields", 200, CustomFields);
        stub.Returns("GET", "/v1/custom_field_options", 200, Options);
        stub.Returns("GET", "/v2/incident_roles", 200, Roles);
    }
}
