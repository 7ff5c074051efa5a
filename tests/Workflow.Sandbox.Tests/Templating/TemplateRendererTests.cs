using System.Text.Json.Nodes;
using Workflow.Hosting.Templating;

namespace Workflow.Sandbox.Tests.Templating;

public class TemplateRendererTests
{
    private static readonly DateTimeOffset StartedAt = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private static TemplateScope Scope(string trigger = """{"count":3,"ratio":2.5,"ok":true,"none":null,"title":"disk full","tags":["a","b"],"labels":{"team":"db"}}""") =>
        new(JsonNode.Parse(trigger), new Dictionary<string, JsonNode?> { ["create"] = JsonNode.Parse("""{"incident":{"id":"01H","reference":"INC-7"}}""") },
            "run-1", StartedAt, []);

    private static JsonNode? RenderValue(string template, TemplateScope? scope = null) =>
        new TemplateRenderer().Render("step", new JsonObject { ["v"] = template }, scope ?? Scope())!["v"];

    [TestCase("{{ trigger.count }}", "3")]
    [TestCase("  {{ trigger.count }}  ", "3")]
    [TestCase("{{ trigger.ratio }}", "2.5")]
    [TestCase("{{ trigger.count + 1 }}", "4")]
    [TestCase("{{ trigger.ok }}", "true")]
    [TestCase("{{ trigger.none }}", "null")]
    [TestCase("{{ trigger.labels }}", """{"team":"db"}""")]
    [TestCase("{{ trigger.tags }}", """["a","b"]""")]
    [TestCase("{{ [1, trigger.title, {x: false}] }}", """[1,"disk full",{"x":false}]""")]
    [TestCase("{{ trigger.title | string.upcase }}", "\"DISK FULL\"")]
    public void Render_SingleExpression_KeepsJsonType(string template, string expectedJson)
    {
        var value = RenderValue(template);

        Assert.That(value?.ToJsonString() ?? "null", Is.EqualTo(expectedJson));
    }

    [TestCase("Count: {{ trigger.count }}", "Count: 3")]
    [TestCase("{{ trigger.count }}{{ trigger.count }}", "33")]
    [TestCase("[{{ trigger.title | string.upcase }}] on {{ trigger.labels.team }}", "[DISK FULL] on db")]
    [TestCase("{{ if trigger.ok }}yes{{ end }}", "yes")]
    [TestCase("no template here", "no template here")]
    public void Render_MixedText_RendersString(string template, string expected)
    {
        var value = RenderValue(template);

        Assert.That(value?.GetValue<string>(), Is.EqualTo(expected));
    }

    [Test]
    public void Render_NestedStringsInArraysAndObjects_AreRenderedAndKeysAreNot()
    {
        var input = JsonNode.Parse("""{"{{ key }}":{"list":["{{ trigger.count }}","x {{ trigger.title }}",7,true]},"n":null}""");

        var rendered = new TemplateRenderer().Render("step", input, Scope());

        Assert.That(rendered!.ToJsonString(), Is.EqualTo("""{"{{ key }}":{"list":[3,"x disk full",7,true]},"n":null}"""));
    }

    [Test]
    public void Render_Input_IsNotModified()
    {
        var input = JsonNode.Parse("""{"name":"{{ trigger.title }}"}""");

        new TemplateRenderer().Render("step", input, Scope());

        Assert.That(input!["name"]!.GetValue<string>(), Is.EqualTo("{{ trigger.title }}"));
    }

    [Test]
    public void Render_StepOutputs_AreAddressable()
    {
        Assert.Multiple(() =>
        {
            Assert.That(RenderValue("{{ steps.create.output.incident.reference }}")?.GetValue<string>(), Is.EqualTo("INC-7"));
            Assert.That(RenderValue("{{ steps['create'].output.incident.id }}")?.GetValue<string>(), Is.EqualTo("01H"));
        });
    }

    [Test]
    public void Render_Run_ExposesIdAndStartedAt()
    {
        Assert.Multiple(() =>
        {
            Assert.That(RenderValue("{{ run.id }}")?.GetValue<string>(), Is.EqualTo("run-1"));
            Assert.That(RenderValue("{{ run.started_at }}")?.GetValue<string>(), Is.EqualTo("2026-01-02T03:04:05.0000000Z"));
        });
    }

    [Test]
    public void Render_EnvNotAllowed_EnvDoesNotExist()
    {
        var ex = Assert.Throws<TemplateRenderException>(() => RenderValue("{{ env.HOME }}"));

        Assert.That(ex!.Reason, Does.Contain("`env` was not found"));
    }

    [Test]
    public void Render_EnvAllowed_ExposesOnlyAllowedNames()
    {
        var scope = Scope() with { AllowedEnv = ["TEAM"] };
        var renderer = new TemplateRenderer(environment: name => name == "TEAM" ? "sre" : "secret");

        var value = renderer.Render("s", new JsonObject { ["v"] = "{{ env.TEAM }}" }, scope)!["v"];
        var ex = Assert.Throws<TemplateRenderException>(() => renderer.Render("s", new JsonObject { ["v"] = "{{ env.OTHER }}" }, scope));

        Assert.Multiple(() =>
        {
            Assert.That(value?.GetValue<string>(), Is.EqualTo("sre"));
            Assert.That(ex!.Message, Does.Not.Contain("secret"));
            Assert.That(ex.Reason, Does.Contain("OTHER"));
        });
    }

    [Test]
    public void Render_UndefinedMember_NamesStepFieldAndPosition()
    {
        var input = JsonNode.Parse("""{"incident":{"name":"{{ trigger.titel }}"}}""");

        var ex = Assert.Throws<TemplateRenderException>(() => new TemplateRenderer().Render("create", input, Scope()));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.StepId, Is.EqualTo("create"));
            Assert.That(ex.Pointer, Is.EqualTo("/incident/name"));
            Assert.That((ex.Line, ex.Column), Is.EqualTo((1, 12)));
            Assert.That(ex.Message, Does.StartWith("steps[create]/incident/name: (1,12) ").And.Contain("titel"));
        });
    }

    [Test]
    public void Render_ParseError_NamesStepFieldAndPosition()
    {
        var input = JsonNode.Parse("""{"list":["ok","{{ 1 + }}"]}""");

        var ex = Assert.Throws<TemplateRenderException>(() => new TemplateRenderer().Render("s", input, Scope()));

        Assert.That(ex!.Message, Does.StartWith("steps[s]/list/1: (1,8) ").And.Contain("Expecting an <expression>"));
    }

    [Test]
    public void Render_KeyWithSlash_IsEscapedInPointer()
    {
        var input = JsonNode.Parse("""{"a/b~c":"{{ nope }}"}""");

        var ex = Assert.Throws<TemplateRenderException>(() => new TemplateRenderer().Render("s", input, Scope()));

        Assert.That(ex!.Pointer, Is.EqualTo("/a~1b~0c"));
    }

    [Test]
    public void Render_SameTemplateTwice_IsParsedOnce()
    {
        var renderer = new TemplateRenderer();
        var input = JsonNode.Parse("""["{{ trigger.count }}","{{ trigger.count }}","x {{ trigger.count }}"]""");

        renderer.Render("s", input, Scope());
        renderer.Render("s", input, Scope());

        Assert.That(renderer.CachedTemplateCount, Is.EqualTo(2));
    }

    [Test]
    public void Render_CancelledToken_ThrowsOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.That(() => new TemplateRenderer().Render("s", new JsonObject { ["v"] = "{{ 1 }}" }, Scope(), cts.Token),
            Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void Render_TextWithoutCode_IsNotParsed()
    {
        var renderer = new TemplateRenderer();

        renderer.Render("s", JsonNode.Parse("""["plain","x } y { z"]"""), Scope());

        Assert.That(renderer.CachedTemplateCount, Is.Zero);
    }

    [Test]
    public void Render_CancelledWhileEvaluating_ThrowsOperationCanceledNotARenderError()
    {
        var renderer = new TemplateRenderer(new TemplateRendererOptions { LoopLimit = 0, StepLimit = 0, RenderBudget = TimeSpan.FromMinutes(5) });
        using var cts = new CancellationTokenSource();
        cts.CancelAfter(TimeSpan.FromMilliseconds(100));

        Assert.That(() => renderer.Render("s", new JsonObject { ["v"] = "{{ while true; end }}" }, Scope(), cts.Token),
            Throws.TypeOf<OperationCanceledException>().With.Message.EqualTo("Rendering was cancelled."));
    }

    [Test]
    public void Render_DefaultStringLimit_StopsALongerString()
    {
        var renderer = new TemplateRenderer(new TemplateRendererOptions());

        var ex = Assert.Throws<TemplateRenderException>(() => renderer.Render("s", new JsonObject { ["v"] = "{{ '' | string.pad_left 70000 }}" }, Scope()));

        Assert.That(ex!.Reason, Does.Contain("LimitToString"));
    }

    [Test]
    public void Render_DefaultOutputLimit_StopsLongerOutput()
    {
        var renderer = new TemplateRenderer(new TemplateRendererOptions());

        var ex = Assert.Throws<TemplateRenderException>(() => renderer.Render("s", new JsonObject { ["v"] = "{{ for i in 1..2; '' | string.pad_left 40000; end }}" }, Scope()));

        Assert.That(ex!.Reason, Does.Contain("OutputLimit"));
    }
}
