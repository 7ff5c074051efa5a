using IncidentIo.Plugin.Actions.GetIncident;
using IncidentIo.Plugin.Actions.Names;
using IncidentIo.Plugin.Actions.UpdateIncident;
using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Models;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.SetCustomField;

/// <summary>
/// Sets one custom field of an incident to one value: reads the fields (<c>GET /v2/custom_fields</c>, scope
/// <c>custom_fields.view</c>) to know which value the chosen field takes, then edits the incident
/// (<c>POST /v2/incidents/{id}/actions/edit</c> with <c>custom_field_entries</c>; the spec gives it no scope). A value of the
/// wrong kind fails before anything is written, one error per input at its pointer. Retried like update_incident: the same
/// edit twice leaves the same incident.
/// </summary>
[WorkflowAction("incidentio.set_custom_field")]
public sealed class SetCustomFieldAction : IncidentIoAction
{
    /// <summary>Creates the action with the shared client factory (used by the host).</summary>
    public SetCustomFieldAction()
        : this(null)
    {
    }

    internal SetCustomFieldAction(IncidentIoClientFactory? clients)
        : base(clients)
    {
    }

    /// <inheritdoc />
    private protected override async Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (!SetCustomFieldInput.TryRead(context.Input, out var input, out var inputError))
        {
            return ActionResult.Failure(inputError);
        }

        var lists = new ReferenceData(ClientsFor(context), context);
        var (fields, fieldsError) = await lists.CustomFieldsAsync(cancellationToken);
        if (fieldsError is not null)
        {
            return ActionResult.Failure(fieldsError);
        }

        if (fields!.FirstOrDefault(f => f.Id == input.CustomFieldId) is not { } field)
        {
            // A field incident.io sent but that could not be read may be the one asked for: say that, not "no such field".
            return ActionResult.Failure(lists.FieldWarnings.Count > 0 ? UnreadableFields(lists.FieldWarnings) : CustomFieldNotFound.For(input.CustomFieldId));
        }

        var needed = SetCustomFieldInput.ValueFor(field);
        if (input.ProblemsWith(field, needed) is { Count: > 0 } problems)
        {
            return ActionResult.Failure(ActionInput.Invalid($"The value does not fit the custom field \"{field.Name}\": {problems[0].Message}", [.. problems]));
        }

        var request = new ApiRequest(IncidentIoOperations.EditIncident)
            .WithPathParameter("id", IncidentReference.ToPathId(input.IncidentId))
            .WithBody(input.Body(needed!))
            .About($"incident \"{input.IncidentId.Trim()}\"");
        return await CallWriteAsync<IncidentsEditResultV2>(context, request, body => new UpdateIncidentOutput(body.Incident), WrittenResource.Incident, cancellationToken);
    }

    private static ActionError UnreadableFields(IReadOnlyList<ActionErrorDetail> leftOut) => new()
    {
        Code = ActionErrorCodes.InvalidResponse,
        Message = $"incident.io answered the request to {IncidentIoOperations.ListCustomFields.Phrase} without the chosen field in a form the plugin can read: "
            + string.Join("; ", leftOut.Select(w => $"{w.Field}: {w.Message}")),
        Details = [.. leftOut.Select(w => w with { Code = "required" })],
        Hint = "incident.io may have changed its API, or a proxy answered instead of it. Nothing was written.",
    };
}
