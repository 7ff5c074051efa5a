using Microsoft.Playwright;
using Workflow.Sandbox.Tests.Support;

namespace Workflow.Sandbox.Tests.Browser;

/// <summary>
/// One headless Chromium (Debian's /usr/bin/chromium, driven by Playwright's bundled driver; no `playwright install`)
/// and one serve app over the real plugin and the in-process simulator, per test class; a fresh page per test.
/// </summary>
public abstract class BrowserFixture
{
    private const string Chromium = "/usr/bin/chromium";
    private IPlaywright? _playwright;
    private IBrowserContext? _browser;
    private string? _profile;

    internal BuilderHost Host { get; private set; } = null!;

    protected IPage Page { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartBrowserAsync()
    {
        if (!File.Exists(Chromium))
        {
            Assert.Ignore($"{Chromium} is missing: the browser tests drive Debian's Chromium. Install it with `apt-get install -y chromium` (.ci/run does).");
        }

        Host = await BuilderHost.StartAsync();
        _profile = Directory.CreateTempSubdirectory("builder-chromium-").FullName;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchPersistentContextAsync(_profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
            ViewportSize = new ViewportSize { Width = 1000, Height = 900 },
        });
        _browser.SetDefaultTimeout(10_000);
    }

    [OneTimeTearDown]
    public async Task StopBrowserAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }

        if (_profile is not null)
        {
            Directory.Delete(_profile, recursive: true);
        }
    }

    [SetUp]
    public async Task OpenPageAsync() => Page = await _browser!.NewPageAsync();

    [TearDown]
    public async Task ClosePageAsync() => await Page.CloseAsync();

    /// <summary>Opens the page on <paramref name="actionId"/> and waits until its form and dropdowns are in place.</summary>
    protected async Task OpenAsync(string actionId)
    {
        await Page.GotoAsync($"{Host.Server.Url}#{actionId}");
        await Page.Locator($"body[data-ready='{actionId}']").WaitForAsync();
    }

    /// <summary>The field of an input (its label, control, help and error).</summary>
    protected ILocator Field(string input) => Page.Locator($".field[data-name='{input}']");

    protected Task OpenAdvancedAsync() => Page.Locator("details.advanced > summary").ClickAsync();
}
