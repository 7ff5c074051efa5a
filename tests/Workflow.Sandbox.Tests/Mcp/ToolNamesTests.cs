using Workflow.Sandbox.Mcp;

namespace Workflow.Sandbox.Tests.Mcp;

public class ToolNamesTests
{
    [Test]
    public void Map_EveryRealAction_NameFitsClientsAndMapsBackToItsActionId()
    {
        var ids = RealCatalog.Instance.Actions.Select(a => a.Id).ToList();

        var names = ToolNames.Map(ids, out var problems);

        Assert.That(problems, Is.Empty);
        Assert.That(ids, Has.Count.GreaterThanOrEqualTo(9));
        Assert.Multiple(() =>
        {
            foreach (var id in ids)
            {
                var name = ToolNames.ToolName(id);
                Assert.That(name, Does.Match("^[A-Za-z0-9_-]{1,64}$"), id);
                Assert.That(names!.ActionId(name), Is.EqualTo(id), name);
            }
        });
    }

    [Test]
    public void ToolName_CreateIncident_DotBecomesUnderscore() =>
        Assert.That(ToolNames.ToolName("incidentio.create_incident"), Is.EqualTo("incidentio_create_incident"));

    [Test]
    public void Map_TwoIdsGivingOneName_RefusedNamingBoth()
    {
        var names = ToolNames.Map(["a_b.c", "a.b_c", "a.d"], out var problems);

        Assert.That(names, Is.Null);
        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(problems[0], Does.Contain("a_b.c").And.Contain("a.b_c").And.Contain("'a_b_c'"));
    }

    [Test]
    public void Map_NameLongerThan64_Refused()
    {
        var id = "plugin." + new string('x', 60);

        var names = ToolNames.Map([id], out var problems);

        Assert.That(names, Is.Null);
        Assert.That(problems.Single(), Does.Contain(id).And.Contain("1-64 characters"));
    }

    [Test]
    public void ActionId_UnknownName_Null()
    {
        var names = ToolNames.Map(["incidentio.list_severities"], out _);

        Assert.That(names!.ActionId("incidentio.list_severities"), Is.Null);
    }
}
