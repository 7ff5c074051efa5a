using System.Text.Json.Nodes;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Commands;

/// <summary>Over sample.paint: colour_id (dynamic: sorted by rank, teal retired and excluded, warm grouped as "Warm colours"),
/// family (enum with labels), shade_id (dynamic, depends on family, limit 2 as a constant parameter).</summary>
public class OptionsCommandTests
{
    [Test]
    public async Task Options_DynamicOptions_ExcludedSortedLabelledGrouped()
    {
        var result = await new SandboxCli().RunAsync("options", "sample.paint", "colour_id", "--json");

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        var options = JsonNode.Parse(result.Output)!.AsArray();
        Assert.That(options.Select(o => o!["value"]!.GetValue<string>()), Is.EqualTo(Seq.Of("blue", "orange", "red", "green")));
        Assert.That(options[1]!.ToJsonString(), Is.EqualTo("""{"value":"orange","label":"Orange","description":"A warm colour","group":"Warm colours"}"""));
        Assert.That(options[0]!["group"]!.GetValue<string>(), Is.EqualTo("cool"), "no group label: the raw value");
    }

    [Test]
    public async Task Options_DependencyMissing_Exit2NamingIt()
    {
        var result = await new SandboxCli().RunAsync("options", "sample.paint", "shade_id");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Output, Does.Contain("missing_dependency").And.Contain("depend on family"));
    }

    [Test]
    public async Task Options_DependencyGiven_FromInputAndConstantParametersPassed()
    {
        var result = await new SandboxCli().RunAsync("options", "sample.paint", "shade_id", "--input", """{"family":"cool"}""", "--json");

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(JsonNode.Parse(result.Output)!.AsArray().Select(o => o!["value"]!.GetValue<string>()), Is.EqualTo(Seq.Of("blue", "teal")));
    }

    // The real plugin on the simulator: a custom field's value dropdown loads the options of the field chosen above it.
    [TestCase("01HQ5SAFSVC0000000000000F1", "Checkout,Payments,Search")]
    [TestCase("01HQ5STCPM5Q1NXW1RNJ47E65G", "Product,Platform")]
    public async Task Options_CustomFieldValue_AreTheChosenFieldsOptions(string customFieldId, string labels)
    {
        var result = await new SandboxCli().RunAsync(
            "options", "incidentio.set_custom_field", "value_option_id", "--plugins", TestPaths.RealPlugins, "--simulate", "--json",
            "--input", $$"""{"custom_field_id":"{{customFieldId}}"}""");

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(string.Join(",", JsonNode.Parse(result.Output)!.AsArray().Select(o => o!["label"]!.GetValue<string>())), Is.EqualTo(labels));
    }

    [Test]
    public async Task Options_CustomFieldValueWithoutTheField_Exit2NamingTheDependency()
    {
        var result = await new SandboxCli().RunAsync("options", "incidentio.set_custom_field", "value_option_id", "--plugins", TestPaths.RealPlugins, "--simulate");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Output, Does.Contain("missing_dependency").And.Contain("custom_field_id"));
    }

    [Test]
    public async Task Options_StaticEnum_LabelledByEnumLabels()
    {
        var result = await new SandboxCli().RunAsync("options", "sample.paint", "family", "--json");

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(JsonNode.Parse(result.Output)!.AsArray().Select(o => $"{o!["value"]}={o["label"]}"), Is.EqualTo(Seq.Of("warm=Warm", "cool=Cool")));
    }

    [Test]
    public async Task Options_Human_TableWithCount()
    {
        var result = await new SandboxCli().RunAsync("options", "sample.paint", "colour_id");

        Assert.That(result.ExitCode, Is.Zero, result.Output);
        Assert.That(result.Output, Does.Contain("from sample.list_colours").And.Contain("Warm colours").And.Contain("4 option(s)"));
    }

    [Test]
    public async Task Options_FreeField_Exit2()
    {
        var result = await new SandboxCli().RunAsync("options", "sample.paint", "note");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Output, Does.Contain("neither x-ui.dynamicOptions nor an enum"));
    }

    [Test]
    public async Task Options_UnknownInput_Exit2ListingTheInputs()
    {
        var result = await new SandboxCli().RunAsync("options", "sample.paint", "colour");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Output, Does.Contain("has no input 'colour'. Its inputs: colour_id, family, shade_id, note."));
    }

    [Test]
    public async Task Options_UnknownAction_Exit2()
    {
        var result = await new SandboxCli().RunAsync("options", "sample.nope", "x");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Output, Does.Contain("unknown_action"));
    }

    [Test]
    public async Task Options_InputNotAnObject_Exit2()
    {
        var result = await new SandboxCli().RunAsync("options", "sample.paint", "shade_id", "--input", "[1]");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Output, Does.Contain("--input must be a JSON object"));
    }
}
