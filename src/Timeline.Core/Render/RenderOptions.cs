namespace Timeline.Render;

/// <summary>Where the templates come from, what the site is called and its <c>timeline.yaml</c> settings.</summary>
public sealed record RenderOptions
{
    public static RenderOptions Default { get; } = new();

    /// <summary>The user's template folder, layered in front of the built-ins; null for none.</summary>
    public string? TemplatesFolder { get; init; }

    /// <summary>The built-in theme (the repo's <c>templates/</c>); null to look for it, see <see cref="BuiltInTemplates.Locate"/>.</summary>
    public string? BuiltInTemplatesFolder { get; init; }

    /// <summary>The title used when <see cref="Settings"/> gives none.</summary>
    public string SiteTitle { get; init; } = "Timeline";

    public SiteSettings Settings { get; init; } = SiteSettings.Default;

    /// <summary>Threads the pages are rendered on; the site is the same byte for byte whatever the number.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    public string EffectiveTitle => Settings.Title ?? SiteTitle;
}
