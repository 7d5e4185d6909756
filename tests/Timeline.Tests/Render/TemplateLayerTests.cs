namespace Timeline.Tests.Render;

public sealed class TemplateLayerTests : IDisposable
{
    private readonly SiteFixture _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_user_page_template_overrides_the_built_in_one()
    {
        _site.WriteUserTemplate("index.sbn-html", "<h1>Custom {{ site.title }}</h1>\n{{ include 'includes/timeline.sbn-html' }}\n");

        Assert.True(_site.Render(RenderSamples.Small(), withUserLayer: true), _site.Errors());

        var index = _site.Read("index.html");
        Assert.Contains("<h1>Custom Timeline</h1>", index, StringComparison.Ordinal);
        Assert.Contains("id=\"li-shangfu-visit-belarus\"", index, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"actors-heading\"", index, StringComparison.Ordinal);
        Assert.Contains("id=\"actor-heading\"", _site.Read("actors/belarus.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_include_overrides_the_built_in_one_on_every_page()
    {
        _site.WriteUserTemplate("includes/event.sbn-html", "<li class=\"mine\" id=\"{{ event.id }}\">{{ event.date_text }}: {{ event.title }}</li>\n");

        Assert.True(_site.Render(RenderSamples.Small(), withUserLayer: true), _site.Errors());

        Assert.Contains("<li class=\"mine\" id=\"joint-exercise-2024\">2024 (planned): Joint military exercise</li>", _site.Read("index.html"), StringComparison.Ordinal);
        Assert.Contains("class=\"mine\"", _site.Read("actors/li-shangfu.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_stylesheet_overrides_the_built_in_one_and_other_assets_are_added()
    {
        _site.WriteUserTemplate("assets/style.css", "body { color: red; }\r\n");
        _site.WriteUserTemplate("assets/extra.txt", "extra\n");

        Assert.True(_site.Render(RenderSamples.Small(), withUserLayer: true), _site.Errors());

        Assert.Equal("body { color: red; }\n", _site.Read("assets/style.css"));
        Assert.Equal("extra\n", _site.Read("assets/extra.txt"));
    }

    [Theory]
    [InlineData("../secret.sbn-html")]
    [InlineData("includes/../../secret.sbn-html")]
    [InlineData("/etc/passwd")]
    public void An_include_that_leaves_the_template_folder_is_refused(string path)
    {
        _site.WriteUserTemplate("../secret.sbn-html", "secret");
        var page = _site.WriteUserTemplate("index.sbn-html", "<h1>x</h1>\n  {{ include '" + path + "' }}\n");

        Assert.False(_site.Render(RenderSamples.Small(), withUserLayer: true));

        var error = Assert.Single(_site.Diagnostics.ToSortedList());
        Assert.Equal("TL0402", error.Code);
        Assert.Equal(page, error.Path);
        Assert.Equal((2, 6), (error.Line, error.Column));
        Assert.False(Directory.Exists(_site.Site));
    }

    [Fact]
    public void A_syntax_error_is_reported_at_its_file_line_and_column_and_keeps_the_previous_site()
    {
        Assert.True(_site.Render(RenderSamples.Small()), _site.Errors());
        var before = _site.Read("index.html");
        var include = _site.WriteUserTemplate("includes/event.sbn-html", "<li>\n  {{ for x in }}\n</li>\n");

        Assert.False(_site.Render(RenderSamples.Small(), withUserLayer: true));

        // Scriban also reports the missing `end` the broken `for` leads to; the first error is the cause.
        var errors = _site.Diagnostics.ToSortedList();
        Assert.All(errors, e => Assert.Equal("TL0401", e.Code));
        var error = errors[0];
        Assert.StartsWith($"{include}(2,15): error TL0401: ", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, _site.Read("index.html"));
        Assert.Empty(Directory.EnumerateDirectories(Path.GetDirectoryName(_site.Site)!, ".site.*"));
    }

    [Fact]
    public void An_unknown_variable_is_an_error_because_variables_are_strict()
    {
        var page = _site.WriteUserTemplate("article.sbn-html", "<h1>{{ article.title }}</h1>\n<p>{{ no_such_thing }}</p>\n");

        Assert.False(_site.Render(RenderSamples.Small(), withUserLayer: true));

        var error = Assert.Single(_site.Diagnostics.ToSortedList());
        Assert.Equal("TL0401", error.Code);
        Assert.Equal(page, error.Path);
        Assert.Equal((2, 7), (error.Line, error.Column));
    }

    [Fact]
    public void A_misspelt_member_is_an_error_too()
    {
        _site.WriteUserTemplate("actor.sbn-html", "<h1>{{ actor.nmae }}</h1>\n");

        Assert.False(_site.Render(RenderSamples.Small(), withUserLayer: true));

        Assert.Equal("TL0401", Assert.Single(_site.Diagnostics.ToSortedList()).Code);
    }
}
