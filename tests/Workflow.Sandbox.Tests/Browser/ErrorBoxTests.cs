using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Sandbox.Tests.Browser;

/// <summary>The page's error box and output pane (Serving/wwwroot/app.js, errorBox and shownJson): one line per problem, no "null".</summary>
public partial class ErrorBoxTests : BrowserFixture
{
    [Test]
    public async Task ErrorBox_TwoBadInputs_OneLinePerProblemWithPointerAndMessage()
    {
        await OpenAsync("incidentio.list_incidents");
        await Page.GetByLabel("Max results").FillAsync("0");
        await OpenAdvancedAsync();
        await Page.GetByLabel("Page size").FillAsync("300");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Run List incidents" }).ClickAsync();

        var box = Page.Locator("#result-error");
        await Expect(box.Locator("p").First).ToHaveTextAsync(
            "✗ validation_failed: The input does not match the input schema of incidentio.list_incidents (2 problems).");
        await Expect(box.Locator("li")).ToHaveTextAsync(["/page_size: 300 should be at most 250", "/max_results: 0 should be at least 1"]);
        await Expect(Field("max_results").Locator(".error")).ToHaveTextAsync("0 should be at least 1");
        await AssertNoNullAsync();
    }

    [Test]
    public async Task ErrorBox_RemoteError_NoNullInTheBoxOrTheOutput()
    {
        await OpenAsync("incidentio.get_incident");
        await Page.Locator("#in-incident_id").FillAsync("01NOSUCHINCIDENT0000000000");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Run Get incident" }).ClickAsync();

        await Expect(Page.Locator("#result-error")).ToContainTextAsync("HTTP 404");
        await AssertNoNullAsync();
    }

    [Test]
    public async Task ErrorBox_WorkflowThatDoesNotLoad_EveryProblemOnItsOwnLine()
    {
        await OpenAsync("incidentio.list_severities");
        await Page.Locator("#workflow > summary").ClickAsync();
        await Page.Locator("#workflow-json").FillAsync("""
            {"name": "broken", "steps": [
              {"id": "a", "action": "incidentio.list_severities", "input": {}},
              {"id": "b", "action": "incidentio.get_incident", "input": {"incident_id": "{{ steps.a.output | }}"}}]}
            """);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Run workflow" }).ClickAsync();

        var box = Page.Locator("#result-error");
        await Expect(box.Locator("p").First).ToHaveTextAsync("✗ invalid_workflow: Not a valid workflow (1 problem).");
        await Expect(box.Locator("li")).ToHaveCountAsync(1);
        await Expect(box.Locator("li")).ToHaveTextAsync(new Regex("^/workflow/steps/1/input/incident_id: "));
        await AssertNoNullAsync();
    }

    [Test]
    public async Task OutputPane_SuccessfulRun_NoNullLine()
    {
        await OpenAsync("incidentio.create_incident");
        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync("Checkout is down");
        await Page.GetByLabel("Severity").SelectOptionAsync(new SelectOptionValue { Label = "Minor (rank 1)" });

        await Page.GetByRole(AriaRole.Button, new() { Name = "Run Create incident" }).ClickAsync();

        await Expect(Page.Locator("#output")).ToContainTextAsync("\"name\": \"Checkout is down\"");
        await AssertNoNullAsync();
    }

    private async Task AssertNoNullAsync()
    {
        var box = await Page.Locator("#result-error").TextContentAsync() ?? "";
        var output = await Page.Locator("#output").TextContentAsync() ?? "";
        var fields = string.Join("\n", await Page.Locator(".field .error").AllTextContentsAsync());
        Assert.Multiple(() =>
        {
            Assert.That(NullWord().IsMatch(box), Is.False, box);
            Assert.That(NullWord().IsMatch(output), Is.False, output);
            Assert.That(NullWord().IsMatch(fields), Is.False, fields);
        });
    }

    [GeneratedRegex(@"\bnull\b")]
    private static partial Regex NullWord();
}
