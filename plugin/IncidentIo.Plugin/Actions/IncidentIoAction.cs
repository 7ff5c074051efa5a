using IncidentIo.Plugin.Client;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions;

/// <summary>
/// Base of the incident.io actions: holds the client factory (the shared one for the host, a
/// test's own through the derived classes' internal constructors) and turns one call into a result.
/// </summary>
public abstract class IncidentIoAction : IWorkflowAction
{
    private protected IncidentIoAction(IncidentIoClientFactory clients) => Clients = clients;

    private protected IncidentIoClientFactory Clients { get; }

    /// <inheritdoc />
    public abstract Task<ActionResult> ExecuteAsync(ActionContext context, CancellationToken cancellationToken);

    /// <summary>Sends <paramref name="request"/> with the context's connection; the output is <paramref name="toOutput"/> of the body.</summary>
    private protected async Task<ActionResult> CallAsync<TBody>(
        ActionContext context, ApiRequest request, Func<TBody, object> toOutput, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = await Clients.SendAsync<TBody>(context.Connection, request, cancellationToken);
        return response.ToActionResult(toOutput);
    }

    /// <summary>
    /// Like <see cref="CallAsync{TBody}"/> for a write that answers with <c>{"incident": …}</c>: when incident.io made the change
    /// (2xx) but the answer cannot be mapped, the step still succeeds with the incident as incident.io sent it, as long as it
    /// has its <c>id</c> and <c>reference</c>, and a warning per problem. A write that happened is never reported lost.
    /// </summary>
    private protected async Task<ActionResult> CallWriteAsync<TBody>(
        ActionContext context, ApiRequest request, Func<TBody, object> toOutput, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = await Clients.SendAsync<TBody>(context.Connection, request, cancellationToken);
        return response is { IsSuccess: false, UnreadBody: { } body } && WrittenIncident.From(body, response.Error) is { } written
            ? written
            : response.ToActionResult(toOutput);
    }
}
