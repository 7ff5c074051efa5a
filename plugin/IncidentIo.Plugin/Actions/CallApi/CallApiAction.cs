using System.Text.Json;
using IncidentIo.Plugin.Client;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions.CallApi;

/// <summary>
/// Calls any incident.io endpoint under the connection's base_url with the connection's key. The path is checked
/// (<see cref="ApiPath"/>) before anything is sent, and the client refuses any final URL off base_url. Only GET is
/// retried unless <c>retry_unsafe</c> says the call is safe to repeat. Non-2xx answers are ActionErrors.
/// </summary>
[WorkflowAction("incidentio.call_api")]
public sealed class CallApiAction : IncidentIoAction
{
    /// <summary>Creates the action with the shared client factory (used by the host).</summary>
    public CallApiAction()
        : this(null)
    {
    }

    internal CallApiAction(IncidentIoClientFactory? clients)
        : base(clients)
    {
    }

    /// <inheritdoc />
    private protected override async Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        return CallApiInput.TryRead(context.Input, out var request, out var inputError)
            ? await CallAsync<RawResponse>(context, request, ToOutput, cancellationToken)
            : ActionResult.Failure(inputError);
    }

    private static CallApiOutput ToOutput(RawResponse response) => new(
        response.Status,
        Body(response),
        response.Headers.FirstOrDefault(h => h.Key.Equals(ResponseHeaders.RequestId, StringComparison.OrdinalIgnoreCase)).Value,
        SafeHeaders.From(response.Headers));

    private static JsonElement? Body(RawResponse response)
    {
        if (string.IsNullOrEmpty(response.Content))
        {
            return null;
        }

        if (response.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            try
            {
                using var document = JsonDocument.Parse(response.Content);
                return document.RootElement.Clone();
            }
            catch (JsonException)
            {
                // Labelled JSON but not JSON: hand it back as text rather than failing a 2xx call.
            }
        }

        return JsonSerializer.SerializeToElement(response.Content);
    }
}
