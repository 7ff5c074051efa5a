using System.Text.Json.Nodes;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using Workflow.Hosting.Connections;
using Workflow.Hosting.Sessions;
using Workflow.Hosting.DropdownOptions;
using Workflow.Hosting.Masking;
using Workflow.Hosting.Output;
using Workflow.Hosting.Running;

namespace Workflow.Sandbox.Mcp;

/// <summary>
/// The dropdowns of the manifests as MCP resources, so an agent finds valid ids without guessing: one resource
/// template per input with <c>x-ui.dynamicOptions</c> (<see cref="OptionsUris"/>), also listed as a plain resource
/// when it depends on no other input. A read runs the list action with the current connection through
/// <see cref="OptionsResolver"/> (as <c>options</c> and <c>serve</c> do) and returns
/// <c>[{"value", "label", "description", "group"}, …]</c> as <c>application/json</c>, in the manifest's order
/// (<c>sortBy</c>, e.g. severities by rank).
/// </summary>
internal static class OptionsResources
{
    private const string MimeType = "application/json";

    public static ListResourceTemplatesResult ListTemplates(AgentToolHost host) =>
        new() { ResourceTemplates = [.. DynamicInputs(host)] };

    public static ListResourcesResult List(AgentToolHost host) =>
        new() { Resources = [.. DynamicInputs(host).Where(t => !t.IsTemplated).Select(t => t.AsResource()).OfType<Resource>()] };

    /// <exception cref="McpProtocolException">Not an options URI, or the options cannot be resolved (the message says why, secrets masked).</exception>
    public static async ValueTask<ReadResourceResult> ReadAsync(AgentToolHost host, ReadResourceRequestParams read, CancellationToken cancellationToken)
    {
        if (!OptionsUris.TryParse(read.Uri, out var actionId, out var inputName, out var query))
        {
            throw new McpProtocolException($"Unknown resource '{read.Uri}': this server has only {OptionsUris.Scheme}<action id>/<input> resources.", McpErrorCode.ResourceNotFound);
        }

        var form = new JsonObject([.. query.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value)))]);
        var result = await OptionsResolver.ResolveAsync(
            host.Sandbox, new OptionsRequest(actionId, inputName, form, null, host.Timeout), _ => Task.FromResult(ConnectionScope.Of(host.Connections.Connections)), cancellationToken);
        if (result.Problem is { Error: { } error } problem)
        {
            var code = problem.Status == RunStatus.InvalidInput ? McpErrorCode.InvalidParams : McpErrorCode.InternalError;
            throw new McpProtocolException(ToolResults.Render(host.Sandbox.Masker.Mask(error)), code);
        }

        var options = new JsonArray([.. result.Options!.Select(o => o.ToJson())]);
        return new ReadResourceResult
        {
            Contents = [new TextResourceContents { Uri = read.Uri, MimeType = MimeType, Text = host.Sandbox.Masker.Mask(options.ToJsonString(JsonOutput.Indented)) }],
        };
    }

    private static IEnumerable<ResourceTemplate> DynamicInputs(AgentToolHost host) =>
        from tool in host.Tools.Tools
        let properties = tool.Action.Manifest.Input["properties"] as JsonObject
        from property in properties ?? []
        where property.Value?["x-ui"]?["dynamicOptions"] is JsonObject
        let spec = DynamicOptionsSpec.Parse(property.Value!["x-ui"]!["dynamicOptions"]!.AsObject())
        select new ResourceTemplate
        {
            UriTemplate = OptionsUris.Template(tool.Action.Id, property.Key, spec.DependsOn),
            Name = $"{tool.Name}.{property.Key}",
            Title = $"{tool.Action.Manifest.Title}: valid values of {property.Key}",
            Description = $"The valid values of the input `{property.Key}` of the tool `{tool.Name}`, as value and label pairs in order, listed by the tool `{ToolNames.ToolName(spec.Action)}` for the current connection."
                          + (spec.DependsOn.Count == 0 ? "" : $" Give {string.Join(", ", spec.DependsOn)} as query parameters."),
            MimeType = MimeType,
        };
}
