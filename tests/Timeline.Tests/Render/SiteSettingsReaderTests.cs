using Timeline.Diagnostics;
using Timeline.Render;

namespace Timeline.Tests.Render;

public sealed class SiteSettingsReaderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Reads_title_description_base_url_language_and_theme_options()
    {
        var diagnostics = new DiagnosticBag();
        var settings = SiteSettingsReader.Parse(
            "title: War in the east\ndescription: What happened, day by day\nbase_url: https://me.github.io/project\nlanguage: en-GB\ntheme:\n  accent: \"#7a1f5c\"\n  show_map: no\n",
            "timeline.yaml", diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal("War in the east", settings.Title);
        Assert.Equal("What happened, day by day", settings.Description);
        Assert.Equal("https://me.github.io/project/", settings.BaseUrl);
        Assert.Equal("en-GB", settings.Language);
        Assert.Equal("#7a1f5c", settings.Theme["accent"]);
        Assert.Equal("no", settings.Theme["show_map"]);
    }

    [Fact]
    public void A_bad_value_is_reported_at_its_line_and_column_and_the_rest_still_applies()
    {
        var diagnostics = new DiagnosticBag();
        var settings = SiteSettingsReader.Parse("title: Kept\nbase_url: /project/\nlanguage: 'english language'\ncolour: red\n", "site/timeline.yaml", diagnostics);

        var found = diagnostics.ToSortedList();
        Assert.Equal("Kept", settings.Title);
        Assert.Null(settings.BaseUrl);
        Assert.Equal("en", settings.Language);
        Assert.Collection(found,
            d => Assert.StartsWith("site/timeline.yaml(2,11): error TL0406: base_url must be an absolute", d.ToString(), StringComparison.Ordinal),
            d => Assert.StartsWith("site/timeline.yaml(3,11): error TL0406: language must be", d.ToString(), StringComparison.Ordinal),
            d => Assert.StartsWith("site/timeline.yaml(4,1): warning TL0406: unknown setting 'colour'", d.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Min_confidence_defaults_to_0_6_and_reads_a_number_from_0_to_1()
    {
        var diagnostics = new DiagnosticBag();

        Assert.Equal(0.6, SiteSettings.Default.MinConfidence);
        Assert.Equal(0.75, SiteSettingsReader.Parse("min_confidence: 0.75\n", "timeline.yaml", diagnostics).MinConfidence);
        Assert.Equal(0, SiteSettingsReader.Parse("min_confidence: 0\n", "timeline.yaml", diagnostics).MinConfidence);
        Assert.Equal(1, SiteSettingsReader.Parse("min_confidence: 1\n", "timeline.yaml", diagnostics).MinConfidence);
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    [InlineData("high")]
    [InlineData(".nan")]
    public void A_min_confidence_outside_0_to_1_is_reported_at_its_line_and_column_and_the_default_kept(string value)
    {
        var diagnostics = new DiagnosticBag();
        var settings = SiteSettingsReader.Parse($"title: Kept\nmin_confidence: {value}\n", "site/timeline.yaml", diagnostics);

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.StartsWith($"site/timeline.yaml(2,17): error TL0406: min_confidence must be a number from 0 to 1 such as 0.6, not '{value}'", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(0.6, settings.MinConfidence);
        Assert.Equal("Kept", settings.Title);
    }

    [Fact]
    public void Page_events_defaults_to_500_and_reads_a_whole_number()
    {
        var diagnostics = new DiagnosticBag();

        Assert.Equal(500, SiteSettings.Default.PageEvents);
        Assert.Equal(1200, SiteSettingsReader.Parse("page_events: 1200\n", "timeline.yaml", diagnostics).PageEvents);
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("2.5")]
    [InlineData("many")]
    public void A_page_events_that_is_not_a_whole_number_of_1_or_more_is_reported_and_the_default_kept(string value)
    {
        var diagnostics = new DiagnosticBag();
        var settings = SiteSettingsReader.Parse($"page_events: {value}\n", "site/timeline.yaml", diagnostics);

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.StartsWith($"site/timeline.yaml(1,14): error TL0406: page_events must be a whole number of 1 or more", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(SiteSettings.DefaultPageEvents, settings.PageEvents);
    }

    [Fact]
    public void A_yaml_syntax_error_is_a_diagnostic_with_its_position()
    {
        var diagnostics = new DiagnosticBag();
        var settings = SiteSettingsReader.Parse("title: [unclosed\n", "timeline.yaml", diagnostics);

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal("TL0406", error.Code);
        Assert.True(error.Line >= 1);
        Assert.Same(SiteSettings.Default, settings);
    }

    [Fact]
    public void Timeline_yaml_beside_the_input_folder_is_found_and_an_explicit_config_must_exist()
    {
        _temp.Write("timeline.yaml", "title: Beside\n");
        Directory.CreateDirectory(_temp.Combine("articles"));
        var diagnostics = new DiagnosticBag();

        Assert.Equal("Beside", SiteSettingsReader.Load(null, _temp.Combine("articles"), diagnostics).Title);
        Assert.Null(SiteSettingsReader.Load(null, _temp.Combine("articles", "nested"), diagnostics).Title);
        Assert.Empty(diagnostics.ToSortedList());

        SiteSettingsReader.Load(_temp.Combine("missing.yaml"), _temp.Combine("articles"), diagnostics);
        Assert.Equal("TL0406", Assert.Single(diagnostics.ToSortedList()).Code);
    }

    public static TheoryData<string> HostileSettings => new()
    {
        "title: [War in the east\n",
        "title: {War\n",
        "title: " + new string('[', 100_000) + "\n",
        "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n? *c\n: bomb\n",
        "title: War\fin the east\n",
        "title: \"War \\e[31m\"\n",
    };

    [Theory]
    [MemberData(nameof(HostileSettings))]
    public void A_hostile_settings_file_is_one_located_error_and_the_defaults(string text)
    {
        var diagnostics = new DiagnosticBag();

        var settings = SiteSettingsReader.Parse(text, "timeline.yaml", diagnostics);

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(("timeline.yaml", SiteSettingsReader.Code), (error.Path, error.Code));
        Assert.True(error.Line > 0, error.ToString());
        Assert.Equal(SiteSettings.Default, settings);
    }
}
