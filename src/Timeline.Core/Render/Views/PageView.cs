namespace Timeline.Render.Views;

/// <summary>The page being rendered: its title, kind and where the site root is from it.</summary>
internal sealed record PageView
{
    /// <summary>HTML-escaped title for <c>&lt;title&gt;</c> and the main heading.</summary>
    public required string Title { get; init; }

    /// <summary><c>index</c> (the front page), <c>events</c> (the full timeline when the front page shows the key events), <c>actor</c>, <c>article</c>, <c>event</c>, <c>type</c>, <c>period</c>, <c>actors</c>, <c>sources</c> or <c>not-found</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>Prefix to the site root: empty on the index, <c>../</c> one folder down; the base URL on the 404 page when known.</summary>
    public required string Root { get; init; }

    /// <summary>Path of this page from the site root, e.g. <c>actors/li-shangfu.html</c>.</summary>
    public required string Path { get; init; }
}
