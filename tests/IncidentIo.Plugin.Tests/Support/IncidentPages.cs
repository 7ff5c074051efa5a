using System.Text.Json.Nodes;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace IncidentIo.Plugin.Tests.Support;

/// <summary>Incidents and list pages built from <see cref="IncidentBodies.Show"/>, and a stub serving a cursor walk.</summary>
internal static class IncidentPages
{
    public static JsonObject Incident(string id)
    {
        var incident = JsonNode.Parse(IncidentBodies.Show)!["incident"]!.DeepClone().AsObject();
        incident["id"] = id;
        return incident;
    }

    public static JsonObject Page(IEnumerable<string> ids, string? after, long? total = null)
    {
        var meta = new JsonObject { ["page_size"] = 25 };
        if (after is not null)
        {
            meta["after"] = after;
        }

        if (total is not null)
        {
            meta["total_record_count"] = total;
        }

        return new JsonObject { ["incidents"] = new JsonArray([.. ids.Select(id => (JsonNode)Incident(id))]), ["pagination_meta"] = meta };
    }

    /// <summary>Serves <paramref name="pages"/> (lists of ids) as a cursor walk: the first without <c>after</c>, each next one after the previous page's last id.</summary>
    public static void ServeWalk(IncidentIoStub stub, params string[][] pages)
    {
        var total = pages.Sum(p => p.Length);
        for (var i = 0; i < pages.Length; i++)
        {
            var after = i + 1 < pages.Length ? pages[i][^1] : null;
            var request = Request.Create().WithPath("/v2/incidents").UsingGet();
            request = i == 0 ? request : request.WithParam("after", pages[i - 1][^1]);
            stub.Server.Given(request).AtPriority(i == 0 ? 100 : 1)
                .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                    .WithBody(Page(pages[i], after, total).ToJsonString()));
        }
    }

    public static string[] Ids(string prefix, int count) => [.. Enumerable.Range(1, count).Select(n => $"{prefix}{n:D4}")];
}
