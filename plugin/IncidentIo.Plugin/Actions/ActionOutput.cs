using System.Text.Json;
using IncidentIo.Plugin.Json;
using Workflow.Abstractions;

namespace IncidentIo.Plugin.Actions;

/// <summary>Action outputs are written with the same snake_case options as incident.io's bodies, so fields keep the API's names.</summary>
internal static class ActionOutput
{
    /// <summary><paramref name="output"/> as the step's output, with what had to be left out of it (empty when nothing was).</summary>
    public static ActionResult Success(object output, IReadOnlyList<ActionErrorDetail> warnings) =>
        ActionResult.Success(JsonSerializer.SerializeToElement(output, output.GetType(), IncidentIoJson.Options), warnings);
}
