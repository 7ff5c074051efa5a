using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.Names;

/// <summary>The error for a <c>custom_field_id</c> input that names no custom field of the organisation (list_custom_fields lists them).</summary>
internal static class CustomFieldNotFound
{
    public static ActionError For(string customFieldId)
    {
        var message = $"No custom field has the id \"{customFieldId}\"; incidentio.list_custom_fields lists them";
        return new ActionError
        {
            Code = ActionErrorCodes.NotFound,
            Message = message,
            Details = [new ActionErrorDetail("/custom_field_id", message, "not_found")],
        };
    }
}
