using System.Text.Json.Nodes;
using Workflow.Hosting.DropdownOptions;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.DropdownOptions;

public class OptionParametersTests
{
    private static readonly DynamicOptionsSpec Spec = DynamicOptionsSpec.Parse(JsonNode.Parse("""
        { "action": "x.list", "items": "/a", "value": "/id", "label": "/name", "dependsOn": ["type_id"],
          "parameters": { "incident_type": { "fromInput": "type_id" }, "mode": { "fromInput": "mode" }, "page_size": { "value": 50 } } }
        """)!.AsObject());

    [Test]
    public void Build_AllGiven_FromInputValuesAndConstants()
    {
        var input = OptionParameters.Build(Spec, JsonNode.Parse("""{"type_id":"T1","mode":"standard","other":1}""")!.AsObject(), out var missing);

        Assert.That(missing, Is.Empty);
        Assert.That(input.ToJsonString(), Is.EqualTo("""{"incident_type":"T1","mode":"standard","page_size":50}"""));
    }

    [Test]
    public void Build_DependenciesAbsent_EachNamedOnce()
    {
        OptionParameters.Build(Spec, new JsonObject(), out var missing);

        Assert.That(missing, Is.EqualTo(Seq.Of("type_id", "mode")));
    }
}
