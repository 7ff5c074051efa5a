using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Sandbox.Tests.Browser;

/// <summary>The x-ui widget "filter" (Serving/wwwroot/filter.js): one control per operator, options from enums or the list actions.</summary>
public class FilterWidgetTests : BrowserFixture
{
    [Test]
    public async Task Filter_EnumOperators_MultiselectsLabelledByEnumLabels()
    {
        await OpenAsync("incidentio.list_incidents");

        var anyOf = Field("status_category").GetByLabel("Any of");
        await Expect(anyOf).ToHaveAttributeAsync("multiple", "");
        await Expect(anyOf.Locator("option")).ToHaveTextAsync(["Triage", "Active", "Post-incident", "Paused", "Closed", "Declined", "Canceled", "Merged"]);
        await Expect(Field("status_category").GetByLabel("None of").Locator("option")).ToHaveCountAsync(8);
    }

    [Test]
    public async Task Filter_IdOperators_FedByTheListAction()
    {
        await OpenAsync("incidentio.list_incidents");
        var severity = Field("severity");

        var ranked = new[] { "Minor (rank 1)", "Major (rank 2)", "Critical (rank 3)" };
        await Expect(severity.GetByLabel("Any of").Locator("option")).ToHaveTextAsync(ranked);
        await Expect(severity.GetByLabel("At least").Locator("option")).ToHaveTextAsync(["Any severity", .. ranked]);
        await Expect(severity.GetByLabel("At least")).Not.ToHaveAttributeAsync("multiple", "");
        await Expect(Field("incident_type").GetByLabel("Any of").Locator("option")).Not.ToHaveCountAsync(0);
        await OpenAdvancedAsync();
        await Expect(Field("status").GetByLabel("Any of").Locator("optgroup[label='Active'] option")).Not.ToHaveCountAsync(0);
    }

    [Test]
    public async Task Filter_ChosenOptions_SentAsTheOperatorObjectAndFilterTheListing()
    {
        var severities = (await Host.PostAsync("/api/actions/incidentio.list_severities/run", "{}")).Body["output"]!["severities"]!.AsArray();
        var critical = severities.Single(s => (string?)s!["name"] == "Critical")!["id"]!.GetValue<string>();
        await Host.PostAsync("/api/actions/incidentio.create_incident/run", $$"""{"name": "Filter me", "severity_id": "{{critical}}", "mode": "standard"}""");
        await OpenAsync("incidentio.list_incidents");
        await Field("status_category").GetByLabel("Any of").SelectOptionAsync(new[] { new SelectOptionValue { Label = "Active" }, new SelectOptionValue { Label = "Triage" } });
        await Field("severity").GetByLabel("At least").SelectOptionAsync(new SelectOptionValue { Label = "Critical (rank 3)" });

        var request = Page.WaitForRequestAsync("**/api/actions/incidentio.list_incidents/run");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Run List incidents" }).ClickAsync();
        var sent = JsonNode.Parse((await request).PostData!)!;

        Assert.That(sent["status_category"]!.ToJsonString(), Is.EqualTo("""{"one_of":["triage","live"]}"""));
        Assert.That(sent["severity"]!.ToJsonString(), Is.EqualTo($$"""{"gte":"{{critical}}"}"""));
        await Expect(Page.Locator("#output")).ToContainTextAsync("\"name\": \"Filter me\"");
        var incidents = JsonNode.Parse(await Page.Locator("#output").TextContentAsync() ?? "")!["incidents"]!.AsArray();
        Assert.That(incidents.Select(i => (string?)i!["severity"]!["name"]), Is.Not.Empty.And.All.EqualTo("Critical"));
    }
}
