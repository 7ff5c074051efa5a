using System.Text.Json.Nodes;
using Scriban.Runtime;
using Workflow.Hosting.Templating;

namespace Workflow.Sandbox.Tests.Templating;

/// <summary>Reused sandboxed contexts: nothing one evaluation did is seen by the next, every limit applies to each, one that threw is never reused.</summary>
public class SandboxContextPoolTests
{
    private static TemplateScope Scope(JsonNode trigger) => new(trigger, new Dictionary<string, JsonNode?>(), "run-1", DateTimeOffset.UnixEpoch, []);

    private static string Render(TemplateRenderer renderer, string template, JsonNode? trigger = null) =>
        renderer.Render("s", new JsonObject { ["v"] = template }, Scope(trigger ?? JsonNode.Parse("""{"title":"t"}""")!))!["v"]!.ToJsonString();

    private static ScriptObject Model(string title)
    {
        var model = new ScriptObject { ["trigger"] = new ScriptObject { ["title"] = title } };
        model.IsReadOnly = true;
        return model;
    }

    [Test]
    public void Rent_AfterAReturn_SameContextSeesOnlyTheNewModel()
    {
        var pool = new SandboxContextPool(TemplateRendererOptions.Default);
        var first = pool.Rent(Model("first"), CancellationToken.None);
        var assigned = Scriban.Template.Parse("{{ x = trigger.title }}{{ x }}").Render(first);
        pool.Return(first);

        var second = pool.Rent(Model("second"), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(assigned, Is.EqualTo("first"));
            Assert.That(second, Is.SameAs(first));
            Assert.That(second.Steps, Is.Zero);
            Assert.That(Scriban.Template.Parse("{{ trigger.title }}").Render(second), Is.EqualTo("second"));
            Assert.That(() => Scriban.Template.Parse("{{ x }}").Render(second), Throws.InstanceOf<Scriban.Syntax.ScriptRuntimeException>().With.Message.Contains("`x` was not found"));
        }
    }

    [Test]
    public void Return_MoreThanCapacity_KeepsCapacityIdle()
    {
        var pool = new SandboxContextPool(TemplateRendererOptions.Default);
        var rented = Enumerable.Range(0, SandboxContextPool.Capacity + 6).Select(_ => pool.Rent(Model("t"), CancellationToken.None)).ToList();

        rented.ForEach(pool.Return);

        Assert.That(pool.IdleCount, Is.EqualTo(SandboxContextPool.Capacity));
    }

    [Test]
    public void Render_AfterAnEvaluationThatThrew_ThatContextIsDroppedAndTheNextRenderIsClean()
    {
        var renderer = new TemplateRenderer();
        Render(renderer, "{{ trigger.title }}");
        var idleAfterGood = renderer.IdleContextCount;

        Assert.That(() => Render(renderer, "{{ y = 1; for i in 1..100; for j in 1..100; end; end }}"), Throws.TypeOf<TemplateRenderException>());
        var idleAfterThrow = renderer.IdleContextCount;

        using (Assert.EnterMultipleScope())
        {
            Assert.That((idleAfterGood, idleAfterThrow), Is.EqualTo((1, 0)));
            Assert.That(() => Render(renderer, "{{ y }}"), Throws.TypeOf<TemplateRenderException>().With.Message.Contains("`y` was not found"));
            Assert.That(Render(renderer, "{{ for i in 1..900; end }}{{ trigger.title }}"), Is.EqualTo("\"t\""), "the loop limit counts from zero again");
        }
    }

    [Test]
    public void Render_ManyTimesOnOneRenderer_StepLimitAppliesToEachRender()
    {
        // A few thousand steps each: without the step count reset on reuse, the 100,000-step limit trips after ~30.
        var renderer = new TemplateRenderer();

        var rendered = Enumerable.Range(0, 60).Select(_ => Render(renderer, "{{ n = 0; for i in 1..1000; n = n + (i % 3) * 2; end; n }}")).Distinct();

        Assert.That(rendered.Single(), Is.EqualTo("\"2000\""));
    }

    [Test]
    public async Task Render_ConcurrentlyOnOneRenderer_EachRenderSeesItsOwnScope()
    {
        var renderer = new TemplateRenderer();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
            Enumerable.Range(0, 300).All(i =>
            {
                var n = (worker * 1000) + i;
                return Render(renderer, "{{ y = trigger.n }}{{ y }}", new JsonObject { ["n"] = n }) == $"\"{n}\"";
            }))));

        Assert.That(results, Is.All.True);
    }
}
