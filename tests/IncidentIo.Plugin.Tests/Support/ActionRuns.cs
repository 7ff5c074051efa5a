using System.Text.Json.Nodes;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Tests.Support;

/// <summary>Runs an action as the host would and hands back its output or error.</summary>
internal static class ActionRuns
{
    public static Task<JsonObject> OutputAsync(IWorkflowAction action, ActionConnection connection, object? input = null) =>
        OutputAsync(action, connection, input, RunInfo.AdHoc("test"));

    public static async Task<JsonObject> OutputAsync(IWorkflowAction action, ActionConnection connection, object? input, RunInfo run)
    {
        var result = await action.ExecuteAsync(Connections.Context(connection, input, run), CancellationToken.None);
        Assert.That(result.IsSuccess, Is.True, () => $"{result.Error!.Code}: {result.Error.Message}");
        return JsonNode.Parse(result.Output!.Value.GetRawText())!.AsObject();
    }

    /// <summary>Runs <paramref name="action"/> on an input that is a JSON array, not an object, and checks its one validation error.</summary>
    public static async Task NotAnObjectAsync(IWorkflowAction action, ActionConnection connection)
    {
        var error = await ErrorAsync(action, connection, new[] { 1 });
        var detail = error.Details.Single();
        Assert.That(
            (error.Code, error.Message, detail.Field, detail.Message, detail.Code),
            Is.EqualTo((ActionErrorCodes.ValidationFailed, "The input must be a JSON object", "", "must be an object", "invalid_type")));
    }

    public static async Task<ActionError> ErrorAsync(IWorkflowAction action, ActionConnection connection, object? input = null)
    {
        var result = await action.ExecuteAsync(Connections.Context(connection, input), CancellationToken.None);
        Assert.That(result.IsSuccess, Is.False, "expected the action to fail");
        return result.Error!;
    }
}
