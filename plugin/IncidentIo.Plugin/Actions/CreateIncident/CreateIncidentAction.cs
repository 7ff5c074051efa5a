using IncidentIo.Plugin.Actions.Names;
using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Models;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.CreateIncident;

/// <summary>
/// Declares an incident (<c>POST /v2/incidents</c>). Without an <c>idempotency_key</c> the key is derived from the
/// run and step (<see cref="IdempotencyKey"/>), so retries, the client's and the host's, never open a second incident.
/// Custom fields and roles given by name are resolved first (<see cref="NameResolver"/>).
/// </summary>
[WorkflowAction("incidentio.create_incident")]
public sealed class CreateIncidentAction : IncidentIoAction
{
    /// <summary>Creates the action with the shared client factory (used by the host).</summary>
    public CreateIncidentAction()
        : this(null)
    {
    }

    internal CreateIncidentAction(IncidentIoClientFactory? clients)
        : base(clients)
    {
    }

    /// <inheritdoc />
    private protected override async Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var (input, namesError) = await NameResolver.ResolveAsync(ClientsFor(context), context, cancellationToken);
        if (namesError is not null)
        {
            return ActionResult.Failure(namesError);
        }

        if (!CreateIncidentInput.TryRead(input, context.Run, out var payload, out var inputError))
        {
            return ActionResult.Failure(inputError);
        }

        var request = new ApiRequest(IncidentIoOperations.CreateIncident).WithBody(payload).WithIdempotencyKey(payload.IdempotencyKey);
        var result = await CallWriteAsync<IncidentsCreateResultV2>(context, request, body => new CreateIncidentOutput(body.Incident), WrittenResource.Incident, cancellationToken);
        return result.Error is { OutcomeUnknown: true } unknown
            ? ActionResult.Failure(AmbiguousCreate.Explain(unknown, context.Input, payload.IdempotencyKey))
            : result;
    }
}
