using IncidentIo.Plugin.Actions.GetIncident;
using IncidentIo.Plugin.Actions.Names;
using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Models;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.UpdateIncident;

/// <summary>
/// Changes some fields of an incident (<c>POST /v2/incidents/{id}/actions/edit</c>): only the fields given are sent,
/// so the others stay as they are. Retried like a read: the same edit twice leaves the same incident.
/// </summary>
[WorkflowAction("incidentio.update_incident")]
public sealed class UpdateIncidentAction : IncidentIoAction
{
    /// <summary>Creates the action with the shared client factory (used by the host).</summary>
    public UpdateIncidentAction()
        : this(null)
    {
    }

    internal UpdateIncidentAction(IncidentIoClientFactory? clients)
        : base(clients)
    {
    }

    /// <inheritdoc />
    private protected override async Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var (resolved, namesError) = await NameResolver.ResolveAsync(ClientsFor(context), context, cancellationToken);
        if (namesError is not null)
        {
            return ActionResult.Failure(namesError);
        }

        if (!UpdateIncidentInput.TryRead(resolved, out var input, out var inputError))
        {
            return ActionResult.Failure(inputError);
        }

        var request = new ApiRequest(IncidentIoOperations.EditIncident)
            .WithPathParameter("id", IncidentReference.ToPathId(input.IncidentId))
            .WithBody(input.Body)
            .About($"incident \"{input.IncidentId.Trim()}\"");
        return await CallWriteAsync<IncidentsEditResultV2>(context, request, body => new UpdateIncidentOutput(body.Incident), WrittenResource.Incident, cancellationToken);
    }
}
