using System.Text.Json.Nodes;
using IncidentIo.Simulator.Json;
using IncidentIo.Simulator.State;

namespace IncidentIo.Simulator.Catalog;

/// <summary>The v1 configuration lists, straight from the seed and without pagination, as incident.io serves them.</summary>
internal static class CatalogEndpoints
{
    public static IResult Severities(SimulatorState state) => List("severities", state.Catalog.Severities);

    public static IResult Statuses(SimulatorState state) => List("incident_statuses", state.Catalog.Statuses);

    public static IResult Types(SimulatorState state) => List("incident_types", state.Catalog.Types);

    private static JsonResult List(string name, IEnumerable<JsonObject> entries) =>
        new(new JsonObject { [name] = new JsonArray(entries.Select(e => e.DeepClone()).ToArray()) });
}
