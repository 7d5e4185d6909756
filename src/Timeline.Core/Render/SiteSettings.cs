namespace Timeline.Render;

/// <summary>What <c>timeline.yaml</c> says about the site: its title, description, address, language, confidence threshold, paging and theme options.</summary>
public sealed record SiteSettings
{
    public static SiteSettings Default { get; } = new();

    /// <summary>Site title; null when the file does not set it (the command line's title is used).</summary>
    public string? Title { get; init; }

    public string? Description { get; init; }

    /// <summary>Absolute http(s) address the site is published at, ending in '/'; null when unknown (no sitemap then).</summary>
    public string? BaseUrl { get; init; }

    /// <summary>BCP 47 language tag of the content, for <c>&lt;html lang&gt;</c> and the feeds.</summary>
    public string Language { get; init; } = "en";

    /// <summary>
    /// Events whose extraction confidence is below this (0 to 1) are "less certain": hidden on the
    /// site's lists until the reader asks for them. Events without a confidence (written by a person) are always shown.
    /// </summary>
    public double MinConfidence { get; init; } = 0.6;

    /// <summary>
    /// The most events the front page lists itself. A timeline with more is split into a page per year, and a
    /// year with more into a page per month; the front page then lists those periods.
    /// </summary>
    public int PageEvents { get; init; } = DefaultPageEvents;

    /// <summary>The default of <see cref="PageEvents"/>: a page of 500 events weighs about 450 KB.</summary>
    public const int DefaultPageEvents = 500;

    /// <summary>Free-form theme options, shown to templates as <c>site.theme</c>; the built-in theme reads <c>accent</c> and <c>accent_dark</c>.</summary>
    public SortedDictionary<string, string> Theme { get; init; } = new(StringComparer.Ordinal);
}
