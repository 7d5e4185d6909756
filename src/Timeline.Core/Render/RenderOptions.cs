namespace Timeline.Render;

/// <summary>Where the templates come from and what the site is called.</summary>
public sealed record RenderOptions
{
    public static RenderOptions Default { get; } = new();

    /// <summary>The user's template folder, layered in front of the built-ins; null for none.</summary>
    public string? TemplatesFolder { get; init; }

    /// <summary>The built-in theme (the repo's <c>templates/</c>); null to look for it, see <see cref="BuiltInTemplates.Locate"/>.</summary>
    public string? BuiltInTemplatesFolder { get; init; }

    public string SiteTitle { get; init; } = "Timeline";
}
