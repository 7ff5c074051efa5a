using Workflow.Hosting.Plugins;
using Workflow.Hosting.Running;

namespace Workflow.Sandbox.Tests.Running;

public class ActionAvailabilityTests
{
    [Test]
    public void Unavailable_DirectoryProblem_HostErrorWithTheProblem()
    {
        var catalog = new PluginCatalog("plugins", [], []) { DirectoryProblem = "The plugins directory plugins does not exist." };

        var outcome = ActionAvailability.Unavailable(catalog, "sample.echo");

        Assert.That((outcome.ActionId, outcome.Status, outcome.ExitCode), Is.EqualTo(("sample.echo", RunStatus.HostError, 3)));
        Assert.That((outcome.Error!.Code, outcome.Error.Message, outcome.Error.Hint), Is.EqualTo(
            (HostErrorCodes.HostError, "The plugins directory plugins does not exist.", "No action can run without a plugin.")));
    }

    [Test]
    public void Unavailable_NoProblemNamesTheAction_UnknownActionInvalidInput()
    {
        // A problem of another plugin whose id is a prefix of this one's does not make the action "broken".
        var catalog = new PluginCatalog("plugins", [], [new PluginProblem("sample", "sample/plugin.json", "unreadable")]);

        var outcome = ActionAvailability.Unavailable(catalog, "samples.echo");

        Assert.That((outcome.Status, outcome.ExitCode), Is.EqualTo((RunStatus.InvalidInput, 2)));
        Assert.That((outcome.Error!.Code, outcome.Error.Message, outcome.Error.Hint), Is.EqualTo(
            (HostErrorCodes.UnknownAction, "No loaded plugin provides the action 'samples.echo'.", "Run `list` to see the available actions.")));
    }

    [Test]
    public void Unavailable_ProblemsOfTheActionAndItsPlugin_ActionUnavailableListingEachWithItsFile()
    {
        var catalog = new PluginCatalog("plugins", [],
        [
            new PluginProblem("sample", "sample/plugin.json", "the DLL does not load"),
            new PluginProblem("sample", "sample/actions/echo.json", "/input: not a schema", "sample.echo"),
            new PluginProblem("sample", "sample/actions/paint.json", "/output: not a schema", "sample.paint"),
            new PluginProblem("other", "other/plugin.json", "unreadable"),
        ]);

        var outcome = ActionAvailability.Unavailable(catalog, "sample.echo");

        Assert.That((outcome.Status, outcome.ExitCode), Is.EqualTo((RunStatus.HostError, 3)));
        Assert.That((outcome.Error!.Code, outcome.Error.Message, outcome.Error.Hint), Is.EqualTo(
            (HostErrorCodes.ActionUnavailable,
             "The action 'sample.echo' is not available: its plugin or manifest is broken "
             + "(sample/plugin.json: the DLL does not load; sample/actions/echo.json: /input: not a schema).",
             "Run `validate` for the full report.")));
    }
}
