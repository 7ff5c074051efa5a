using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Commands;

/// <summary>
/// Every command's <c>--json</c> over the real incident.io plugin (offline, <c>--simulate</c>): one naming style,
/// snake_case, for every property the host names. What the host only passes on is left alone: schemas, examples,
/// action inputs and outputs, trigger payloads, defaults, x-ui hint values (manifest data, named by the manifest format).
/// </summary>
public partial class JsonOptionTests
{
    // Commands that run until Ctrl+C print one JSON line when they are up ({"url", …}); the docs test starts them.
    private static readonly string[] RunUntilStopped = ["serve", "simulate", "listen", "mcp"];

    private static readonly HashSet<string> PassedOn = new(StringComparer.Ordinal)
    {
        "input_schema", "output_schema", "examples", "input", "output", "trigger", "default", "enum", "enum_labels",
        "operator_labels", "visible_when", "dynamic_options", "value", "safe_retry_input", "schema", "fields_schema",
    };

    [Test]
    public async Task Json_EveryCommand_PropertyNamesAreSnakeCase()
    {
        var cli = new SandboxCli();
        var plugins = TestPaths.RealPlugins;
        var list = JsonNode.Parse((await cli.RunAsync("list", "--json", "--plugins", plugins)).Output)!;
        var actions = list["plugins"]!.AsArray().SelectMany(p => p!["actions"]!.AsArray()).Select(a => (string)a!["id"]!).ToList();
        var triggers = list["plugins"]!.AsArray().SelectMany(p => p!["triggers"]?.AsArray() ?? []).Select(t => (string)t!["id"]!).ToList();
        var workflows = Directory.GetFiles(Path.Combine(IncidentPlugin.TestSupport.RepoPaths.Root, "host-sandbox", "examples"), "*.json");
        string[][] lines =
        [
            ["list"],
            ["validate"],
            .. actions.Concat(triggers).Select(id => new[] { "describe", id }),
            ["run", "incidentio.list_severities", "--simulate"],
            ["run", "incidentio.get_incident", "--input", """{"incident_id": "01NOSUCHINCIDENT0000000000"}""", "--simulate"],
            ["run", "incidentio.update_incident", "--input", """{"incident_id": "1"}""", "--simulate"],
            ["test-connection", "--simulate"],
            .. workflows.Select(file => new[] { "workflow", file, "--simulate" }),
            ["options", "incidentio.create_incident", "severity_id", "--simulate"],
            ["options", "incidentio.list_incidents", "status_category"],
        ];

        var covered = new HashSet<string>(StringComparer.Ordinal);
        var wrong = new List<string>();
        foreach (var line in lines)
        {
            var result = await cli.RunAsync([.. line, "--json", "--plugins", plugins]);
            covered.Add(line[0]);
            var json = JsonNode.Parse(result.Output);
            wrong.AddRange(NotSnakeCase(json, "").Select(pointer => $"{string.Join(' ', line)}: {pointer}"));
        }

        var withJson = SandboxCli.CommandTree().Subcommands.Where(c => c.Options.Any(o => o.Name == "--json")).Select(c => c.Name);
        Assert.Multiple(() =>
        {
            Assert.That(wrong, Is.Empty);
            Assert.That(withJson.Except(covered).Except(RunUntilStopped), Is.Empty, "a command with --json this test does not run");
            Assert.That(triggers, Is.Not.Empty);
        });
    }

    [Test]
    public void NotSnakeCase_CamelCaseKeyOutsideUserData_Found() =>
        Assert.That(NotSnakeCase(JsonNode.Parse("""{"ok": 1, "readOnly": 2, "output": {"anyName": 3}, "a": [{"b_c": {"dE": 1}}]}"""), ""),
            Is.EqualTo(Seq.Of("/readOnly", "/a/0/b_c/dE")));

    private static IEnumerable<string> NotSnakeCase(JsonNode? node, string pointer) => node switch
    {
        JsonObject o => o.SelectMany(p =>
        {
            var here = $"{pointer}/{p.Key}";
            var own = SnakeCase().IsMatch(p.Key) ? [] : new[] { here };
            return PassedOn.Contains(p.Key) ? own : own.Concat(NotSnakeCase(p.Value, here));
        }),
        JsonArray a => a.SelectMany((item, i) => NotSnakeCase(item, $"{pointer}/{i}")),
        _ => [],
    };

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    private static partial Regex SnakeCase();
}
