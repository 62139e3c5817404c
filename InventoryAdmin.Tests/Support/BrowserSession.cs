using Microsoft.Playwright;

namespace InventoryAdmin.Tests.Support;

/// <summary>Debian's Chromium driven by Playwright against the app on 127.0.0.1, saving screenshots of each step.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;
    private readonly string screenshotPrefix;

    private BrowserSession(IPlaywright playwright, IBrowser browser, IBrowserContext context, IPage page, Uri baseAddress, string screenshotPrefix)
    {
        this.playwright = playwright;
        this.browser = browser;
        Context = context;
        Page = page;
        BaseAddress = baseAddress;
        this.screenshotPrefix = screenshotPrefix;
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public Uri BaseAddress { get; }

    /// <summary>Where screenshots go: TestResults/screenshots at the repository root.</summary>
    public static string ScreenshotDirectory
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "InventoryAdmin.sln"))) dir = dir.Parent;
            var path = Path.Combine(dir?.FullName ?? AppContext.BaseDirectory, "TestResults", "screenshots");
            Directory.CreateDirectory(path);
            return path;
        }
    }

    /// <param name="width">Viewport width in CSS pixels (390 × 844 is a phone).</param>
    /// <param name="javaScript">False shows what the prerendered page looks like before its circuit starts.</param>
    public static async Task<BrowserSession> StartAsync(Uri baseAddress, string screenshotPrefix, int width = 1360, int height = 860, bool javaScript = true)
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Browser tests need Debian's Chromium at {ChromiumPath}: apt-get install -y chromium");

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumArgs });
        var context = await browser.NewContextAsync(new() { BaseURL = baseAddress.ToString(), ViewportSize = new() { Width = width, Height = height }, JavaScriptEnabled = javaScript });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        return new BrowserSession(playwright, browser, context, page, baseAddress, screenshotPrefix);
    }

    public async Task SignInAsync(string email, string password)
    {
        await Page.GotoAsync("/Account/Login");
        await Page.GetByLabel("Email").FillAsync(email);
        await Page.GetByLabel("Password").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
    }

    /// <summary>Opens a page and waits until its circuit is interactive (not for a fixed time).</summary>
    public async Task OpenAsync(string path)
    {
        await Page.GotoAsync(path);
        await Assertions.Expect(Page.Locator("[data-interactive]").First).ToHaveAttributeAsync("data-interactive", "true");
    }

    public Task<string> ScreenshotAsync(string step) => ScreenshotAsync(step, fullPage: true);

    /// <param name="fullPage">False: only the screen the user sees (the first screen of a long page on a phone).</param>
    public async Task<string> ScreenshotAsync(string step, bool fullPage)
    {
        var path = Path.Combine(ScreenshotDirectory, $"{screenshotPrefix}-{step}.png");
        await Page.ScreenshotAsync(new() { Path = path, FullPage = fullPage });
        return path;
    }

    /// <summary>A screenshot of one part of the page (for README pictures of a tall page).</summary>
    public async Task<string> ScreenshotAsync(string step, ILocator element)
    {
        var path = Path.Combine(ScreenshotDirectory, $"{screenshotPrefix}-{step}.png");
        // The fixed app bar would cover the top of the element once it is scrolled into view.
        await element.ScreenshotAsync(new() { Path = path, Style = ".mud-appbar { visibility: hidden !important; }" });
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
