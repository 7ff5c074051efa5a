using System.Text.Json.Nodes;
using Workflow.Hosting.Workflows;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Workflows;

public class WorkflowLoaderTests
{
    private const string ValidWorkflow = """
        {
          "$schema": "../schemas/workflow.schema.json",
          "name": "Alert to incident",
          "description": "Opens an incident for an alert",
          "trigger": { "example": { "title": "Disk full", "severity": "high" } },
          "env": [{ "name": "TEAM_NAME", "default": "sre" }],
          "steps": [
            { "id": "severities", "action": "incidentio.list_severities" },
            {
              "id": "create-incident",
              "action": "incidentio.create_incident",
              "input": { "name": "{{ trigger.title }}", "severity_id": "{{ steps.severities.output.severities[0].id }}" },
              "continue_on_error": true,
              "timeout_seconds": 30
            },
            { "id": "show", "action": "incidentio.show_incident", "input": { "id": "{{ steps['create-incident'].output.incident.id }}" } }
          ]
        }
        """;

    private static readonly string[] ExpectedEnv = ["TEAM_NAME"];
    private static readonly string[] ExpectedIds = ["severities", "create-incident", "show"];
    private static readonly string[] ExpectedPointers = ["/steps/0/action", "/steps/1/id"];

    private static readonly WorkflowLoader Loader = WorkflowLoader.CreateDefault();

    private static WorkflowLoadException LoadFails(string json) =>
        Assert.Throws<WorkflowLoadException>(() => Loader.Load(json, "test.json"))!;

    private static string WithSteps(string steps) => $$"""{ "name": "w", "steps": {{steps}} }""";

    [Test]
    public async Task LoadFileAsync_ValidFile_ReturnsTypedModel()
    {
        var path = Path.Combine(Path.GetTempPath(), $"workflow-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, ValidWorkflow);
        try
        {
            var workflow = await Loader.LoadFileAsync(path, CancellationToken.None);

            Assert.Multiple(() =>
            {
                Assert.That(workflow.Name, Is.EqualTo("Alert to incident"));
                Assert.That(workflow.Description, Is.EqualTo("Opens an incident for an alert"));
                Assert.That(workflow.TriggerExample?["title"]?.GetValue<string>(), Is.EqualTo("Disk full"));
                Assert.That(workflow.Env, Is.EqualTo(ExpectedEnv));
                Assert.That(workflow.Steps.Select(s => s.Id), Is.EqualTo(ExpectedIds));
                Assert.That(workflow.Steps[0].Input, Is.Empty);
                Assert.That(workflow.Steps[0].ContinueOnError, Is.False);
                Assert.That(workflow.Steps[0].Timeout, Is.Null);
                Assert.That(workflow.Steps[1].Action, Is.EqualTo("incidentio.create_incident"));
                Assert.That(workflow.Steps[1].Input["name"]?.GetValue<string>(), Is.EqualTo("{{ trigger.title }}"));
                Assert.That(workflow.Steps[1].ContinueOnError, Is.True);
                Assert.That(workflow.Steps[1].Timeout, Is.EqualTo(TimeSpan.FromSeconds(30)));
            });
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Load_SyntaxErrorInALaterStep_RefusedWithStepPointerLineAndColumn()
    {
        var ex = LoadFails(WithSteps("""
            [ { "id": "a", "action": "x.y" }, { "id": "b", "action": "x.y" },
              { "id": "c", "action": "x.y", "input": { "name": "fine", "note": "{{ trigger.x | }}" } } ]
            """));

        Assert.That(ex.Errors, Has.Count.EqualTo(1));
        Assert.That(ex.Errors[0].Pointer, Is.EqualTo("/steps/2/input/note"));
        Assert.That(ex.Errors[0].Message, Does.StartWith("steps[c]/note: (1,"));
    }

    [Test]
    public void Load_MemberNamedTwice_OneInvalidJsonErrorNamingIt()
    {
        var ex = LoadFails(WithSteps("""[ { "id": "a", "action": "x.y", "id": "b" } ]"""));

        Assert.That(ex.Errors, Has.Count.EqualTo(1));
        Assert.That((ex.Errors[0].Pointer, ex.Errors[0].Message),
            Is.EqualTo(("/steps/0", "Invalid JSON: The member 'id' is named twice in the object at /steps/0; give it once.")));
    }

    [Test]
    public void Load_UnclosedTemplate_RefusedAtTheOpeningBraces()
    {
        var ex = LoadFails(WithSteps("""[ { "id": "a", "action": "x.y", "input": { "name": "INC {{ trigger.x " } } ]"""));

        Assert.That(ex.Errors.Select(e => (e.Pointer, e.Message)),
            Is.EqualTo(new[] { ("/steps/0/input/name", "steps[a]/name: (1,5) '{{' is never closed with '}}'.") }));
    }

    [Test]
    public void Load_AllowedEnvUnsetWithoutDefault_RefusedNamingTheVariable()
    {
        var loader = WorkflowLoader.FromSchemaFile(Path.Combine(TestPaths.Schemas, WorkflowLoader.SchemaFileName), _ => null);

        var ex = Assert.Throws<WorkflowLoadException>(() => loader.Load("""
            { "name": "w", "env": ["TEAM", { "name": "CHANNEL", "default": "#inc" }], "steps": [ { "id": "a", "action": "x.y" } ] }
            """))!;

        Assert.That(ex.Errors.Select(e => e.Pointer), Is.EqualTo(Seq.Of("/env/0")));
        Assert.That(ex.Errors[0].Message, Does.Contain("TEAM is not set").And.Contain("\"default\""));
    }

    [Test]
    public void Load_AllowedEnvSetOrDefaulted_LoadsWithTheDefaults()
    {
        var loader = WorkflowLoader.FromSchemaFile(Path.Combine(TestPaths.Schemas, WorkflowLoader.SchemaFileName), n => n == "TEAM" ? "sre" : null);

        var workflow = loader.Load("""
            { "name": "w", "env": ["TEAM", { "name": "CHANNEL", "default": "#inc" }], "steps": [ { "id": "a", "action": "x.y" } ] }
            """);

        Assert.That(workflow.Env, Is.EqualTo(Seq.Of("TEAM", "CHANNEL")));
        Assert.That(workflow.EnvDefaults["CHANNEL"], Is.EqualTo("#inc"));
    }

    [Test]
    public async Task LoadFileAsync_InvalidUtf8_RefusedWithTheByteOffset()
    {
        using var folder = new TempWorkflow("{}");
        var path = folder.Add("bad.json", [.. """{ "name": "w"""u8, 0xE9, .. "\", \"steps\": [ { \"id\": \"a\", \"action\": \"x.y\" } ] }"u8]);

        var ex = (await Assert.ThrowsAsync<WorkflowLoadException>(() => Loader.LoadFileAsync(path, CancellationToken.None)))!;

        Assert.Multiple(() =>
        {
            Assert.That(ex.Origin, Is.EqualTo(path));
            Assert.That(ex.Errors.Select(e => (e.Pointer, e.Message)), Is.EqualTo(new[]
            {
                ("", "The file is not valid UTF-8: byte 0xE9 at byte offset 12 (LineNumber: 0 | BytePositionInLine: 12); save it as UTF-8."),
            }));
        });
    }

    [Test]
    public void Load_BadJson_OneErrorAtTheRootWithItsOneBasedLineAndPosition()
    {
        var ex = LoadFails("{\n  \"name\": \"w\",\n  \"steps\": [ }");

        Assert.Multiple(() =>
        {
            Assert.That(ex.Errors.Select(e => (e.Pointer, e.Message)), Is.EqualTo(new[]
            {
                ("", "Invalid JSON at line 3, position 14: '}' is an invalid start of a value. LineNumber: 2 | BytePositionInLine: 13."),
            }));
            Assert.That(ex.Message, Does.StartWith($"test.json is not a valid workflow (1 problem):{Environment.NewLine}  (root): Invalid JSON at line 3, position 14: "));
        });
    }

    [Test]
    public void Load_TrailingCommasAndComments_Allowed()
    {
        var workflow = Loader.Load("""
            {
              // hand-edited
              "name": "w",
              "steps": [ { "id": "a", "action": "x.y", }, { "id": "b", "action": "x.y" }, ],
            }
            """);

        Assert.That(workflow.Steps.Select(s => s.Id), Is.EqualTo(Seq.Of("a", "b")));
    }

    [TestCase("""{ "steps": [ { "id": "a", "action": "x.y" } ] }""", "/name", "required")]
    [TestCase("""{ "name": "w", "steps": [] }""", "/steps", "minItems")]
    [TestCase("""{ "name": "w", "stepz": [], "steps": [ { "id": "a", "action": "x.y" } ] }""", "/stepz", "additionalProperties")]
    [TestCase("""{ "name": "w", "env": ["BAD-NAME"], "steps": [ { "id": "a", "action": "x.y" } ] }""", "/env/0", "pattern")]
    [TestCase("""{ "name": "w", "steps": [ { "id": "Create", "action": "x.y" } ] }""", "/steps/0/id", "pattern")]
    [TestCase("""{ "name": "w", "steps": [ { "id": "a", "action": "nodot" } ] }""", "/steps/0/action", "pattern")]
    [TestCase("""{ "name": "w", "steps": [ { "id": "a", "action": "x.y", "input": "text" } ] }""", "/steps/0/input", "type")]
    [TestCase("""{ "name": "w", "steps": [ { "id": "a", "action": "x.y", "timeout_seconds": 0 } ] }""", "/steps/0/timeout_seconds", "minimum")]
    [TestCase("""{ "name": "w", "steps": [ { "id": "a", "action": "x.y", "contine_on_error": true } ] }""", "/steps/0/contine_on_error", "additionalProperties")]
    public void Load_SchemaViolation_ReportsPointerAndKeyword(string json, string location, string keyword)
    {
        var ex = LoadFails(json);

        Assert.That(ex.Errors, Has.Some.Matches<WorkflowError>(e => e is { } error && error.Pointer == location && error.Message.StartsWith(keyword + ":", StringComparison.Ordinal)),
            string.Join("; ", ex.Errors));
    }

    [Test]
    public void Load_ExtensionProperties_AreAllowed()
    {
        var workflow = Loader.Load("""{ "name": "w", "x-ui": { "zoom": 2 }, "steps": [ { "id": "a", "action": "x.y", "x-position": [1, 2] } ] }""");

        Assert.That(workflow.Steps, Has.Count.EqualTo(1));
    }

    [Test]
    public void Load_DuplicateIds_ReportsSecondOccurrence()
    {
        var ex = LoadFails(WithSteps("""[ { "id": "a", "action": "x.y" }, { "id": "b", "action": "x.y" }, { "id": "a", "action": "x.y" } ]"""));

        Assert.That(ex.Errors, Is.EqualTo(new[] { new WorkflowError("/steps/2/id", "Duplicate step id 'a' (first used by /steps/0).") }));
    }

    [Test]
    public void Load_ForwardReference_NamesStepAndField()
    {
        var ex = LoadFails(WithSteps("""
            [ { "id": "create", "action": "x.y", "input": { "incident": { "name": "{{ steps.notify.output.id }}" } } },
              { "id": "notify", "action": "x.y" } ]
            """));

        Assert.Multiple(() =>
        {
            Assert.That(ex.Errors, Has.Count.EqualTo(1));
            Assert.That(ex.Errors[0].Pointer, Is.EqualTo("/steps/0/input/incident/name"));
            Assert.That(ex.Errors[0].Message, Is.EqualTo("steps[create]/incident/name: template refers to step 'notify', which runs later (/steps/1)."));
        });
    }

    [TestCase("{{ steps.nope.output }}", "unknown step 'nope'")]
    [TestCase("{{ steps['a'].output }}", "its own output")]
    [TestCase("{{ steps[\"later-step\"].output }}", "step 'later-step', which runs later")]
    public void Load_BadReference_IsReported(string template, string expected)
    {
        var steps = new JsonArray(
            new JsonObject { ["id"] = "a", ["action"] = "x.y", ["input"] = new JsonObject { ["list"] = new JsonArray("ok", template) } },
            new JsonObject { ["id"] = "later-step", ["action"] = "x.y" });

        var ex = LoadFails(WithSteps(steps.ToJsonString()));

        Assert.Multiple(() =>
        {
            Assert.That(ex.Errors.Single().Pointer, Is.EqualTo("/steps/0/input/list/1"));
            Assert.That(ex.Errors.Single().Message, Does.Contain(expected));
        });
    }

    [Test]
    public void Load_SchemaAndSemanticErrors_AreReportedTogether()
    {
        var ex = LoadFails(WithSteps("""[ { "id": "a", "action": "bad" }, { "id": "a", "action": "x.y" } ]"""));
        TestContext.Out.WriteLine(ex.Message); TestContext.Out.WriteLine(LoadFails("""{ "stepz": 1, "steps": [ { "id": "A", "action": "x.y", "input": {"a": "{{ steps.zz.output }}"}, "timeout_seconds": "3" } ] }""").Message);

        Assert.That(ex.Errors.Select(e => e.Pointer), Is.EquivalentTo(ExpectedPointers));
    }
}
