using Microsoft.Playwright;

namespace Timeline.Tests.Browser;

/// <summary>
/// One headless Debian Chromium shared by every browser test. A missing browser is installed by
/// <see cref="ToolSetup"/> (as root); one it cannot install fails the tests rather than skipping them,
/// so a green run always means the pages were driven.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = ToolSetup.ChromiumPath;

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser fixture is not initialised.");

    public async Task InitializeAsync()
    {
        var setup = ToolSetup.EnsureInstalled();
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {ChromiumPath}. Browser tests need Debian's Chromium: run `apt-get install -y chromium`.{setup.Explain()}");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
