using System.Text.Json.Nodes;
using Scriban.Runtime;
using Workflow.Hosting.Templating;

namespace Workflow.Sandbox.Tests.Templating;

public class ScriptModelBuilderTests
{
    [Test]
    public void FromJson_Numbers_IntegersAsLongOthersExact()
    {
        var model = (ScriptObject)ScriptModelBuilder.FromJson(JsonNode.Parse("""{"i":3,"d":2.50,"big":123456789012345678901234,"huge":1e400}"""))!;

        Assert.Multiple(() =>
        {
            Assert.That(model["i"], Is.EqualTo(3L));
            Assert.That(model["d"], Is.EqualTo(2.50m));
            Assert.That(model["big"], Is.EqualTo(123456789012345678901234m));
            Assert.That(model["huge"], Is.EqualTo(double.PositiveInfinity));
        });
    }

    [Test]
    public void FromJson_EveryLevel_IsReadOnly()
    {
        var model = (ScriptObject)ScriptModelBuilder.FromJson(JsonNode.Parse("""{"o":{"a":[{"x":1}]}}"""))!;
        var inner = (ScriptObject)model["o"]!;
        var array = (ScriptArray)inner["a"]!;

        Assert.Multiple(() =>
        {
            Assert.That(model.IsReadOnly && inner.IsReadOnly && array.IsReadOnly, Is.True);
            Assert.That(((ScriptObject)array[0]!).IsReadOnly, Is.True);
        });
    }

    [Test]
    public void Build_AllowedEnv_UnsetVariableIsNull()
    {
        var scope = TemplateScope.ForTrigger(null, "r", DateTimeOffset.UnixEpoch) with { AllowedEnv = ["SET", "UNSET"] };

        var model = ScriptModelBuilder.Build(scope, name => name == "SET" ? "v" : null);
        var env = (ScriptObject)model["env"]!;

        Assert.Multiple(() =>
        {
            Assert.That(env["SET"], Is.EqualTo("v"));
            Assert.That(env.ContainsKey("UNSET") && env["UNSET"] is null, Is.True);
        });
    }

    [Test]
    public void Build_NoAllowedEnv_HasNoEnv()
    {
        var model = ScriptModelBuilder.Build(TemplateScope.ForTrigger(null, "r", DateTimeOffset.UnixEpoch), _ => "leak");

        Assert.That(model.ContainsKey("env"), Is.False);
    }
}
