using System.Text.Json.Nodes;
using IncidentPlugin.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Sandbox.Tests.Browser;

public class BuilderPageTests : BrowserFixture
{
    [Test]
    public async Task EveryAction_FormRendersFromItsManifest()
    {
        var (_, list) = await Host.GetAsync("/api/actions");
        var checkedInputs = 0;
        foreach (var id in list["actions"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()))
        {
            var (_, description) = await Host.GetAsync($"/api/actions/{id}");
            await OpenAsync(id);
            var inputs = description["inputs"]!.AsArray().Select(i => i!.AsObject()).ToList();
            var advanced = inputs.Where(i => i["group"]!.GetValue<string>() == "advanced").ToList();
            await Expect(Page.Locator("details.advanced")).ToHaveCountAsync(advanced.Count > 0 ? 1 : 0);
            if (advanced.Count > 0)
            {
                await Expect(Field(advanced[0]["name"]!.GetValue<string>())).Not.ToBeVisibleAsync(); // folded until opened
                await OpenAdvancedAsync();
            }

            foreach (var input in inputs)
            {
                var name = input["name"]!.GetValue<string>();
                var field = Field(name);
                if (input["visible_when"] is not null)
                {
                    await Expect(field).ToBeHiddenAsync();
                    continue;
                }

                await Expect(field.Locator("label").First).ToContainTextAsync(input["label"]!.GetValue<string>());
                await Expect(field.Locator(".req")).ToHaveCountAsync(input["required"]!.GetValue<bool>() ? 1 : 0);
                // Within the field: a connection field elsewhere on the page may share words with the label (e.g. "Alert source token").
                await Expect(field.GetByLabel(input["label"]!.GetValue<string>(), new() { Exact = false }).First).ToBeVisibleAsync();
                checkedInputs++;
            }

            await Expect(Page.Locator("#action-form button[type=submit]")).ToHaveTextAsync($"Run {description["title"]}");
        }

        Assert.That(checkedInputs, Is.GreaterThan(30));
    }

    [Test]
    public async Task CreateIncident_FillAndRun_TheIncidentInTheOutput()
    {
        await OpenAsync("incidentio.create_incident");

        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync("Checkout is down");
        await Page.GetByLabel("Summary").FillAsync("Payments fail for **all** customers.");
        await Page.GetByLabel("Severity").SelectOptionAsync(new SelectOptionValue { Label = "Critical (rank 3)" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Run Create incident" }).ClickAsync();

        await Expect(Page.Locator("#output")).ToContainTextAsync("\"name\": \"Checkout is down\"");
        var output = JsonNode.Parse(await Page.Locator("#output").TextContentAsync() ?? "")!;
        Assert.That(output["incident"]!["severity"]!["name"]!.GetValue<string>(), Is.EqualTo("Critical"));
        Assert.That(output["incident"]!["reference"]!.GetValue<string>(), Does.StartWith("INC-"));
    }

    [Test]
    public async Task Severity_DropdownLoadedFromTheSimulator_NameAndRankInRankOrder()
    {
        await OpenAsync("incidentio.create_incident");

        var severity = Page.GetByLabel("Severity");
        await Expect(severity.Locator("option")).ToHaveTextAsync(["Choose a severity", "Minor (rank 1)", "Major (rank 2)", "Critical (rank 3)"]);
        await severity.SelectOptionAsync(new SelectOptionValue { Label = "Major (rank 2)" });
        await Expect(Field("severity_id").Locator(".option-desc")).ToHaveTextAsync("Issues causing significant impact to a large group of customers.");
        await Expect(Page.GetByLabel("Status").Locator("optgroup")).ToHaveCountAsync(4);
        await Expect(Page.GetByLabel("Status").Locator("optgroup[label='Post-incident'] option")).ToHaveTextAsync(["Documenting (rank 4)"]);
    }

    // A dependent dropdown on a real form: the value's options are the chosen custom field's, reloaded when the field changes.
    [Test]
    public async Task SetCustomField_PickingAFieldLoadsItsOptions_AndRunSetsIt()
    {
        var (_, created) = await Host.PostAsync("/api/actions/incidentio.create_incident/run", """{"name":"Search is slow","severity_id":"01HQ5SVMXXQKFBF5KZNWJ47TAN"}""");
        var reference = created["output"]!["incident"]!["reference"]!.GetValue<string>();
        await OpenAsync("incidentio.set_custom_field");
        var value = Page.GetByLabel("Value", new() { Exact = true });

        await Expect(value).ToBeDisabledAsync();
        await Expect(value.Locator("option")).ToHaveTextAsync(["Choose Custom field first"]);
        await Page.GetByLabel("Custom field").SelectOptionAsync(new SelectOptionValue { Label = "Affected service" });
        await Expect(value.Locator("option")).ToHaveTextAsync(["Choose a custom field first", "Checkout (sort key 10)", "Payments (sort key 20)", "Search (sort key 30)"]);
        await Page.GetByLabel("Custom field").SelectOptionAsync(new SelectOptionValue { Label = "Affected Team" });
        await Expect(value.Locator("option")).ToHaveTextAsync(["Choose a custom field first", "Product (sort key 10)", "Platform (sort key 20)"]);
        await Page.GetByLabel("Custom field").SelectOptionAsync(new SelectOptionValue { Label = "Affected service" });
        await value.SelectOptionAsync(new SelectOptionValue { Label = "Search (sort key 30)" });
        await Page.Locator("#in-incident_id").FillAsync(reference);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Run Set a custom field" }).ClickAsync();

        await Expect(Page.Locator("#output")).ToContainTextAsync("\"value\": \"Search\"");
    }

    [Test]
    public async Task RetrospectiveOptions_VisibleOnlyWhenModeIsRetrospective()
    {
        await OpenAsync("incidentio.create_incident");
        await OpenAdvancedAsync();
        var retrospective = Field("retrospective_incident_options");

        await Expect(retrospective).ToBeHiddenAsync();
        await Page.GetByLabel("Mode").SelectOptionAsync(new SelectOptionValue { Label = "Retrospective (import)" });
        await Expect(retrospective).ToBeVisibleAsync();
        await Page.GetByLabel("Mode").SelectOptionAsync(new SelectOptionValue { Label = "Test" });
        await Expect(retrospective).ToBeHiddenAsync();
    }

    [Test]
    public async Task ValidationError_ShownNextToTheFieldItsPointerNames()
    {
        await OpenAsync("incidentio.get_incident");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Run Get incident" }).ClickAsync();

        var control = Page.Locator("#in-incident_id");
        await Expect(Field("incident_id").Locator(".error")).ToHaveTextAsync("'incident_id' is required.");
        await Expect(control).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(control).ToHaveAttributeAsync("aria-describedby", new System.Text.RegularExpressions.Regex(@"\berr-incident_id\b"));
        await Expect(control).ToBeFocusedAsync();
        await Expect(Page.Locator("#result-error")).ToContainTextAsync("validation_failed");
    }

    [Test]
    public async Task JsonEditor_NotJson_CheckedBeforeRunning()
    {
        await OpenAsync("incidentio.create_incident");
        await OpenAdvancedAsync();

        await Page.GetByLabel("Custom fields", new() { Exact = true }).FillAsync("{\"custom_field_id\": ");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Run Create incident" }).ClickAsync();

        await Expect(Field("custom_field_entries").Locator(".error")).ToContainTextAsync("Not valid JSON");
        await Page.GetByLabel("Custom fields", new() { Exact = true }).FillAsync("{}");
        await Expect(Field("custom_field_entries").Locator(".error")).ToHaveTextAsync("Must be a JSON array, not an object.");
    }

    [Test]
    public async Task WrongApiKey_401ShowsTheSimulatorsMessageAndHint()
    {
        try
        {
            await OpenAsync("incidentio.list_severities");
            await Page.Locator("#connection > summary").ClickAsync();
            await Page.GetByLabel("API key").FillAsync("sk_wrong_key_from_the_page");
            await Page.GetByRole(AriaRole.Button, new() { Name = "Save connection" }).ClickAsync();
            await Expect(Page.Locator("#connection .badge")).ToHaveTextAsync("set");
            await Expect(Page.GetByLabel("API key")).ToHaveValueAsync("");

            await Page.GetByRole(AriaRole.Button, new() { Name = "Run List severities" }).ClickAsync();

            var problem = Page.Locator("#result-error");
            await Expect(problem).ToContainTextAsync("The API key provided is not valid");
            await Expect(problem).ToContainTextAsync("HTTP 401");
            await Expect(problem).ToContainTextAsync("Hint: The API key may be");
            Assert.That(await Page.ContentAsync(), Does.Not.Contain("sk_wrong_key_from_the_page"));
        }
        finally
        {
            await Host.PutAsync("/api/connection", """{"plugin": "incidentio", "values": {}}""");
        }
    }

    /// <summary>The create form as README shows it: docs/create-incident-form.png when UPDATE_DOCS_SCREENSHOT=1, else the test output.</summary>
    [Test]
    public async Task Screenshot_CreateIncidentForm()
    {
        await OpenAsync("incidentio.create_incident");
        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync("Checkout is down");
        await Page.GetByLabel("Severity").SelectOptionAsync(new SelectOptionValue { Label = "Critical (rank 3)" });
        await OpenAdvancedAsync();
        await Page.GetByLabel("Mode").SelectOptionAsync(new SelectOptionValue { Label = "Retrospective (import)" });

        var path = Environment.GetEnvironmentVariable("UPDATE_DOCS_SCREENSHOT") == "1"
            ? Path.Combine(RepoPaths.Root, "docs", "create-incident-form.png")
            : Path.Combine(TestContext.CurrentContext.WorkDirectory, "create-incident-form.png");
        await Page.Locator("#builder").ScreenshotAsync(new() { Path = path });

        Assert.That(new FileInfo(path).Length, Is.GreaterThan(10_000));
    }
}
