using System.Reflection;
using IncidentIo.Plugin.Client;
using IncidentIo.Plugin.Telemetry;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions;

/// <summary>
/// Base of the incident.io actions: wraps every execution in its span (<see cref="ActionTelemetry"/>), picks the client
/// factory (the host's <see cref="ActionContext.Services"/>, or a test's own through the derived classes' internal
/// constructors) and turns one call into a result.
/// </summary>
public abstract class IncidentIoAction : IWorkflowAction
{
    private readonly IncidentIoClientFactory? _clients;

    // The manifest id, read from the attribute once per instance rather than once per execution.
    private readonly string _id;

    private protected IncidentIoAction(IncidentIoClientFactory? clients)
    {
        _clients = clients;
        _id = GetType().GetCustomAttribute<WorkflowActionAttribute>()?.Id ?? GetType().Name;
    }

    /// <inheritdoc />
    public async Task<ActionResult> ExecuteAsync(ActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var telemetry = ActionTelemetry.Start(_id, context.Run);
        var result = await RunAsync(context, cancellationToken);
        telemetry.Finish(result);
        return result;
    }

    /// <summary>The action's own work; <see cref="ExecuteAsync"/> has checked the context and started the span.</summary>
    private protected abstract Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken);

    /// <summary>The test's factory, else the one for the host's services (clock, rate limiters, client cache).</summary>
    private protected IncidentIoClientFactory ClientsFor(ActionContext context) => _clients ?? IncidentIoClientFactory.For(context.Services);

    /// <summary>Sends <paramref name="request"/> with the context's connection; the output is <paramref name="toOutput"/> of the body.</summary>
    private protected async Task<ActionResult> CallAsync<TBody>(
        ActionContext context, ApiRequest request, Func<TBody, object> toOutput, CancellationToken cancellationToken)
    {
        var response = await ClientsFor(context).SendAsync<TBody>(context.Connection, request, cancellationToken);
        return response.ToActionResult(toOutput);
    }

    /// <summary>
    /// Like <see cref="CallAsync{TBody}"/> for a write that answers with <paramref name="written"/> (<c>{"incident": …}</c>…):
    /// when incident.io made the change (2xx) but the answer cannot be mapped, the step still succeeds with the resource as
    /// incident.io sent it, as long as it has the fields that name it, and a warning per problem. A write that happened is
    /// never reported lost.
    /// </summary>
    private protected async Task<ActionResult> CallWriteAsync<TBody>(
        ActionContext context, ApiRequest request, Func<TBody, object> toOutput, WrittenResource written, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(written);
        var response = await ClientsFor(context).SendAsync<TBody>(context.Connection, request, cancellationToken);
        return response is { IsSuccess: false, UnreadBody: { } body } && written.From(body, response.Error) is { } kept
            ? kept
            : response.ToActionResult(toOutput);
    }
}
