namespace Timeline.Render;

/// <summary>What a site render did: whether the site was written, how many pages and files it has, and how long it took.</summary>
public sealed record SiteRenderResult
{
    /// <summary>The site was written; false when an error stopped it (the previous site is as it was).</summary>
    public required bool Written { get; init; }

    /// <summary>HTML pages rendered from the templates.</summary>
    public int Pages { get; init; }

    /// <summary>Every file of the site: pages, exports and assets.</summary>
    public int Files { get; init; }

    /// <summary>Wall time of the render, from the data to the files in place. Reported, never written into the site.</summary>
    public TimeSpan Elapsed { get; init; }
}
