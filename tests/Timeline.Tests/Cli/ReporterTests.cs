using Timeline.Cli.Commands;
using Timeline.Render;

namespace Timeline.Tests.Cli;

public sealed class ReporterTests
{
    [Fact]
    public void The_site_line_gives_the_pages_with_thousands_separated_and_the_seconds_to_a_tenth_whatever_the_culture()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            var render = new SiteRenderResult { Written = true, Pages = 12_345, Files = 12_400, Elapsed = TimeSpan.FromMilliseconds(2_345) };

            Assert.Equal("site: 12,345 pages in 2.3 s\n", Reporter.SiteLine(render));
            Assert.Equal("site: 1 page in 0.0 s\n", Reporter.SiteLine(render with { Pages = 1, Elapsed = TimeSpan.Zero }));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }
}
