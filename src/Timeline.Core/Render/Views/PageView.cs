namespace Timeline.Render.Views;

/// <summary>The page being rendered: its title, kind and where the site root is from it.</summary>
internal sealed record PageView
{
    /// <summary>HTML-escaped title for <c>&lt;title&gt;</c> and the main heading.</summary>
    public required string Title { get; init; }

    /// <summary><c>index</c>, <c>actor</c> or <c>article</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>Relative prefix to the site root: empty on the index, <c>../</c> one folder down.</summary>
    public required string Root { get; init; }

    /// <summary>Path of this page from the site root, e.g. <c>actors/li-shangfu.html</c>.</summary>
    public required string Path { get; init; }
}
