using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Sandbox.Tests.Browser;

/// <summary>The triggers panel of the serve page (Serving/wwwroot/triggers.js, GET /api/triggers) in Chromium.</summary>
public class TriggersPanelTests : BrowserFixture
{
    private async Task ShowAsync(string triggerId)
    {
        await Page.GotoAsync(Host.Server.Url);
        await Page.Locator("#triggers > summary").ClickAsync();
        await Page.GetByLabel("Trigger", new() { Exact = true }).SelectOptionAsync(triggerId);
        await Page.Locator($"#triggers[data-ready='{triggerId}']").WaitForAsync();
    }

    [Test]
    public async Task TriggersPanel_IncidentCreated_ShowsEventsSetupUrlSecretAndSamples()
    {
        await ShowAsync("incidentio.incident_created");

        await Expect(Page.Locator("#trigger-events li")).ToHaveCountAsync(2);
        await Expect(Page.Locator("#trigger-events")).ToContainTextAsync("private_incident.incident_created_v2 (private: completed with incidentio.get_incident)");
        await Expect(Page.Locator("#trigger-setup")).ToContainTextAsync("Settings → Webhooks → Add endpoint");
        await Expect(Page.Locator("#trigger-url")).ToHaveTextAsync("http://127.0.0.1:8790/webhooks/incidentio");
        await Expect(Page.Locator("#trigger-secret")).ToContainTextAsync("Webhook signing secret (webhook_signing_secret; environment variable INCIDENTIO_WEBHOOK_SECRET");
        await Expect(Page.Locator("#trigger-details pre").First).ToContainTextAsync("\"event_type\": \"public_incident.incident_created_v2\"");
        await Expect(Page.Locator("#trigger-details pre").Nth(1)).ToContainTextAsync("\"webhook_id\"");
    }

    [Test]
    public async Task TriggersPanel_PollingTrigger_ShowsThePollAndNoUrl()
    {
        await ShowAsync("incidentio.incident_changed_polling");

        await Expect(Page.Locator("#trigger-details")).ToContainTextAsync("Polled: incidentio.list_incidents, at most 50 runs per poll");
        await Expect(Page.Locator("#trigger-url")).ToHaveCountAsync(0);
    }

    [Test]
    public async Task TriggersPanel_EveryLoadedTrigger_IsAnOption()
    {
        var (_, body) = await Host.GetAsync("/api/triggers");

        await Page.GotoAsync(Host.Server.Url);
        await Page.Locator("#triggers[data-ready]").WaitForAsync(new() { State = WaitForSelectorState.Attached });

        await Expect(Page.Locator("#trigger option")).ToHaveCountAsync(body["triggers"]!.AsArray().Count);
    }
}
