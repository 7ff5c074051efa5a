using Workflow.Sandbox.Mcp;

namespace Workflow.Sandbox.Tests.Mcp;

public class ActionToolsetTests
{
    [Test]
    public void Build_RealPlugin_OneToolPerActionWithManifestTitleAndAnnotations()
    {
        var catalog = RealCatalog.Instance;

        var tools = ActionToolset.Build(catalog, out var problems)!;

        Assert.That(problems, Is.Empty);
        Assert.That(tools.Tools.Select(t => t.Action.Id), Is.EquivalentTo(catalog.Actions.Select(a => a.Id)));
        var create = tools.Find("incidentio_create_incident")!.Tool;
        Assert.That((create.Title, create.Annotations!.ReadOnlyHint, create.Annotations.DestructiveHint, create.Annotations.IdempotentHint, create.Annotations.OpenWorldHint),
            Is.EqualTo(("Create incident", (bool?)false, (bool?)false, (bool?)true, (bool?)true)));
        var callApi = tools.Find("incidentio_call_api")!.Tool.Annotations!;
        Assert.That((callApi.DestructiveHint, callApi.IdempotentHint), Is.EqualTo(((bool?)true, (bool?)false)));
    }

    [Test]
    public void Build_ConnectionTestAndListActions_AreToolsToo()
    {
        var tools = ActionToolset.Build(RealCatalog.Instance, out _)!;

        Assert.That(tools.Find("incidentio_test_connection"), Is.Not.Null);
        Assert.That(tools.Find("incidentio_list_severities")!.Tool.Annotations!.ReadOnlyHint, Is.True);
    }

    [Test]
    public void Find_ActionIdInsteadOfToolName_Null() =>
        Assert.That(ActionToolset.Build(RealCatalog.Instance, out _)!.Find("incidentio.create_incident"), Is.Null);
}
