using Scriban.Runtime;
using System.Text.Json.Nodes;
using Workflow.Hosting.Templating;

namespace Workflow.Sandbox.Tests.Templating;

/// <summary>Every sandbox limit must stop a hostile template with a clear error (no timing asserted).</summary>
public class SandboxContextFactoryTests
{
    private static readonly TemplateScope Scope = new(
        JsonNode.Parse("""{"title":"t","tags":["a","b"],"labels":{"team":"db"}}"""),
        new Dictionary<string, JsonNode?> { ["first"] = JsonNode.Parse("""{"id":1}""") },
        "run-1", DateTimeOffset.UnixEpoch, []);

    private static TemplateRenderException RenderFails(string template, TemplateRendererOptions? options = null) =>
        Assert.Throws<TemplateRenderException>(() =>
            new TemplateRenderer(options).Render("s", new JsonObject { ["v"] = template }, Scope))!;

    private static string Render(string template) =>
        new TemplateRenderer().Render("s", new JsonObject { ["v"] = template }, Scope)!["v"]!.ToJsonString();

    [TestCase("{{ while true; end }}", "iteration limit `1000`")]
    [TestCase("{{ for i in 1..100; for j in 1..100; end; end }}", "iteration limit `1000`")]
    [TestCase("{{ (1..2e9) | array.size }}", "exceeds LoopLimit")]
    [TestCase("{{ func f; ret f; end; f }}", "recursive depth limit `50`")]
    [TestCase("{{ 'a' * 1e9 }}", "LimitToString")]
    [TestCase("{{ s = 'a'; for i in 1..30; s = s + s; end; s }}", "LimitToString")]
    [TestCase("{{ 'a' | string.pad_left 100000000 }}", "LimitToString")]
    [TestCase("{{ [1] * 1e8 }}", "iteration limit")]
    [TestCase("{{ [1] | array.insert_at 2e8 5 }}", "iteration limit")]
    [TestCase("{{ 1 << 1e8 }}", "exceeds maximum supported magnitude")]
    [TestCase("{{ func g(n); ret n > 0 ? g(n - 1) + g(n - 1) : 1; end; g 40 }}", "step limit `100000`")]
    [TestCase("{{ 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' | regex.match '^(a+)+$' }}", "timed out")]
    [TestCase("{{ include 'secrets.txt' }}", "No TemplateLoader")]
    [TestCase("{{ '1 + 2' | object.eval }}", "eval")]
    [TestCase("{{ '{{ 1 }}' | object.eval_template }}", "eval_template")]
    [TestCase("x {{ o = {}; o.x = o; o }}", "reference loops")]
    public void Render_HostileTemplate_StoppedWithClearError(string template, string expected)
    {
        var ex = RenderFails(template);

        Assert.That(ex.Message, Does.StartWith("steps[s]/v: (").And.Contain(expected));
    }

    [Test]
    public void Render_LoopAtItsLimit_StaysUnderStepLimit()
    {
        var rendered = Render("{{ n = 0; for i in 1..1000; n = n + (i % 3) * 2; end; n }}");

        Assert.That(rendered, Is.EqualTo("\"2000\""));
    }

    [Test]
    public void Render_OutputOverLimit_Throws()
    {
        var ex = RenderFails("{{ for i in 1..20; 'a' | string.pad_left 60000; end }}");

        Assert.That(ex.Reason, Does.Contain("OutputLimit"));
    }

    [Test]
    public void Render_DeeplyNestedTypedValue_StoppedByDepthLimit()
    {
        var ex = RenderFails("{{ " + new string('[', 70) + new string(']', 70) + " }}");

        Assert.That(ex.Reason, Does.Contain("nested deeper than 64"));
    }

    [Test]
    public void Render_LargeTypedValue_StoppedByNodeLimit()
    {
        var ex = RenderFails("{{ 1..500 }}", new TemplateRendererOptions { MaxValueNodes = 100 });

        Assert.That(ex.Reason, Does.Contain("more than 100 JSON nodes"));
    }

    [Test]
    public void Render_TimeBudgetExceeded_ThrowsBudgetError()
    {
        var options = new TemplateRendererOptions { LoopLimit = 0, StepLimit = 0, RenderBudget = TimeSpan.FromMilliseconds(50) };

        var ex = RenderFails("{{ while true; end }}", options);

        Assert.That(ex.Reason, Does.Contain("time budget of 50 ms"));
    }

    [TestCase("{{ trigger.title = 'tampered' }}")]
    [TestCase("{{ trigger.labels.team = 'x' }}")]
    [TestCase("{{ trigger.tags[0] = 'x' }}")]
    [TestCase("{{ steps.first.output.id = 2 }}")]
    [TestCase("{{ run.id = 'x' }}")]
    [TestCase("{{ string.evil = 'x' }}")]
    [TestCase("{{ object.eval = 'x' }}")]
    public void Render_WriteToModelOrBuiltins_FailsAndDoesNotLeak(string template)
    {
        var ex = RenderFails(template);

        Assert.Multiple(() =>
        {
            Assert.That(ex.Reason, Does.Contain("readonly"));
            Assert.That(Render("{{ trigger.title }}|{{ trigger.labels.team }}|{{ trigger.tags[0] }}|{{ run.id }}"), Is.EqualTo("\"t|db|a|run-1\""));
            Assert.That(() => Render("{{ string.evil }}"), Throws.TypeOf<TemplateRenderException>());
        });
    }

    [Test]
    public void Render_LocalVariables_WorkAndDoNotLeakToNextRender()
    {
        var first = Render("{{ x = 5; trigger = 'shadow'; x }}");

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo("\"5\""));
            Assert.That(() => Render("{{ x }}"), Throws.TypeOf<TemplateRenderException>().With.Message.Contains("`x` was not found"));
            Assert.That(Render("{{ trigger.title }}"), Is.EqualTo("\"t\""));
        });
    }

    [Test]
    public void Render_DotNetMembers_AreNotExposed()
    {
        var ex = RenderFails("{{ date.now.year }}");

        Assert.That(ex.Reason, Does.Contain("year"));
    }

    [Test]
    public void Render_ArrayFunctionsOnModel_ReturnCopies()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Render("{{ trigger.tags | array.add 'c' }}"), Is.EqualTo("""["a","b","c"]"""));
            Assert.That(Render("{{ trigger.tags }}"), Is.EqualTo("""["a","b"]"""));
        });
    }

    [Test]
    public void CreateBuiltins_WithoutEvalAndReadOnlyAllTheWayDown()
    {
        // The shared Builtins are built once per process; a fresh set shows what building does.
        var builtins = SandboxContextFactory.CreateBuiltins();
        var objectFunctions = (ScriptObject)builtins["object"]!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(objectFunctions.ContainsKey("eval"), Is.False);
            Assert.That(objectFunctions.ContainsKey("eval_template"), Is.False);
            Assert.That(objectFunctions.ContainsKey("keys"), Is.True);
            Assert.That(builtins.IsReadOnly, Is.True);
            Assert.That(((ScriptObject)builtins["string"]!).IsReadOnly, Is.True);
            Assert.That(objectFunctions.IsReadOnly, Is.True);
        }
    }

    // Scriban's relaxed modes would render each of these as nothing.
    [TestCase("{{ trigger.tags[5] }}", "The index 5 is out of bounds [0, 2] on the `trigger.tags` with the indexer: 5")]
    [TestCase("{{ x = null; x 1 }}", "The function `x` was not found")]
    [TestCase("{{ x = null; x[0] }}", "Object `x` is null. Cannot access indexer: x[0]")]
    public void Render_OutOfBoundsIndexNullFunctionOrNullTarget_IsAnError(string template, string reason)
    {
        Assert.That(RenderFails(template).Reason, Is.EqualTo(reason));
    }
}
