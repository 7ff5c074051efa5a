// A workflow host on the contract package alone: load plugin folders, check plugin.json, list the actions, create an
// incident, print its output JSON. docs/hosting.md explains each step; a real host also validates inputs and outputs.
using System.CommandLine;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using McMaster.NETCore.Plugins;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Workflow.Abstractions;

var pluginsOption = new Option<DirectoryInfo>("--plugins") { Required = true, Description = "Folder of plugin folders." };
var baseUrlOption = new Option<string>("--base-url") { Required = true, Description = "incident.io base URL (or a simulator's)." };
var runIdOption = new Option<string>("--run-id") { Required = true, Description = "Workflow run id: the same id never creates a second incident." };
var root = new RootCommand("Runs incidentio.create_incident from a plugins folder.") { pluginsOption, baseUrlOption, runIdOption };
root.SetAction((parse, ct) => RunAsync(parse.GetValue(pluginsOption)!, parse.GetValue(baseUrlOption)!, parse.GetValue(runIdOption)!, ct));
return await root.Parse(args).InvokeAsync();

static async Task<int> RunAsync(DirectoryInfo plugins, string baseUrl, string runId, CancellationToken cancellationToken)
{
    // 1. Discover and load: one folder per plugin, contract and logging types shared with the host.
    var actions = new Dictionary<string, Type>(StringComparer.Ordinal);
    foreach (var folder in plugins.EnumerateDirectories())
    {
        var manifestPath = Path.Combine(folder.FullName, "plugin.json");
        if (!File.Exists(manifestPath))
        {
            continue;
        }

        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!;
        // 2. Check the contract before loading any type: a plugin built for another major cannot bind to ours.
        if (!Compatible(manifest["contractVersion"]?.GetValue<string>(), out var problem))
        {
            Console.Error.WriteLine($"{folder.Name}: {problem}");
            return 3;
        }

        var loader = PluginLoader.CreateFromAssemblyFile(
            Path.Combine(folder.FullName, manifest["assembly"]!.GetValue<string>()),
            sharedTypes: [typeof(IWorkflowAction), typeof(ILogger)]);
        foreach (var type in loader.LoadDefaultAssembly().GetExportedTypes())
        {
            if (typeof(IWorkflowAction).IsAssignableFrom(type) && type.GetCustomAttribute<WorkflowActionAttribute>() is { } attribute)
            {
                actions[attribute.Id] = type;
            }
        }
    }

    // 3. List what was found (stderr: stdout carries only the output JSON).
    foreach (var id in actions.Keys.Order(StringComparer.Ordinal))
    {
        Console.Error.WriteLine($"action: {id}");
    }

    if (!actions.ContainsKey("incidentio.create_incident") || !actions.ContainsKey("incidentio.list_severities"))
    {
        Console.Error.WriteLine("No plugin provides incidentio.create_incident and incidentio.list_severities.");
        return 3;
    }

    // 4. The connection: settings as strings, secrets as SecretValue (never printed).
    var apiKey = Environment.GetEnvironmentVariable("INCIDENTIO_API_KEY");
    var secrets = new Dictionary<string, SecretValue>();
    if (!string.IsNullOrEmpty(apiKey))
    {
        secrets["api_key"] = new SecretValue(apiKey);
    }

    var connection = new ActionConnection(new Dictionary<string, string> { ["base_url"] = baseUrl }, secrets);

    // 5. One instance per execution; the RunInfo's run id and step id stay the same across retries, so the plugin's
    //    idempotency key does too. An ActionError is a result, not an exception.
    async Task<ActionResult> ExecuteAsync(string actionId, string stepId, object input)
    {
        var context = new ActionContext(JsonSerializer.SerializeToElement(input), connection, new RunInfo(runId, stepId, Attempt: 1), NullLogger.Instance)
        {
            Services = HostServices.Default,
        };
        var action = (IWorkflowAction)Activator.CreateInstance(actions[actionId])!;
        var result = await action.ExecuteAsync(context, cancellationToken);
        if (!result.IsSuccess)
        {
            Console.Error.WriteLine($"{actionId}: {result.Error.Code}: {result.Error.Message} (retryable: {result.Error.Retryable})");
        }

        return result;
    }

    // incident.io wants a severity: take the lowest one (the list is sorted by rank).
    var severities = await ExecuteAsync("incidentio.list_severities", "severities", new { });
    if (!severities.IsSuccess)
    {
        return 1;
    }

    var severityId = severities.Output.Value.GetProperty("severities")[0].GetProperty("id").GetString();
    var created = await ExecuteAsync("incidentio.create_incident", "create_incident",
        new { name = $"MinimalHost run {runId}", severity_id = severityId, visibility = "public" });
    if (!created.IsSuccess)
    {
        return 1;
    }

    Console.WriteLine(created.Output.Value.GetRawText());
    return 0;
}

static bool Compatible(string? pluginContract, out string problem)
{
    var host = typeof(IWorkflowAction).Assembly.GetName().Version!;
    var built = pluginContract is null ? null : Version.Parse(pluginContract.Split('-')[0]);
    var hostText = typeof(IWorkflowAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0];
    problem = built is null || built.Major == host.Major
        ? ""
        : $"built against contract Workflow.Abstractions {pluginContract}, but this host provides {hostText}: a different major version is not compatible.";
    return problem.Length == 0;
}
