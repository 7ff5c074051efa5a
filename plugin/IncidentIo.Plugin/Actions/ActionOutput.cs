using System.Text.Json;
using IncidentIo.Plugin.Json;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions;

/// <summary>Action outputs are written with the same snake_case options as incident.io's bodies, so fields keep the API's names.</summary>
internal static class ActionOutput
{
    public static ActionResult Success(object output, IReadOnlyList<ActionErrorDetail>? warnings = null) =>
        ActionResult.Success(JsonSerializer.SerializeToElement(output, output.GetType(), IncidentIoJson.Options), warnings ?? []);
}
