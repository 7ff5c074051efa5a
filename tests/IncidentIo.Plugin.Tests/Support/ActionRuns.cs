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

    public static async Task<ActionError> ErrorAsync(IWorkflowAction action, ActionConnection connection, object? input = null)
    {
        var result = await action.ExecuteAsync(Connections.Context(connection, input), CancellationToken.None);
        Assert.That(result.IsSuccess, Is.False, "expected the action to fail");
        return result.Error!;
    }
}
