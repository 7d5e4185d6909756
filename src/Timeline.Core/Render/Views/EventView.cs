namespace Timeline.Render.Views;

/// <summary>One event as templates see it; every string is already HTML-escaped.</summary>
internal sealed record EventView
{
    /// <summary>The event id, used as the element's <c>id</c> so links can point at it.</summary>
    public required string Id { get; init; }

    /// <summary>The date as a <c>&lt;time&gt;</c> element (see <see cref="DateDisplay.ToHtml"/>).</summary>
    public required string DateHtml { get; init; }

    /// <summary>The date as plain text.</summary>
    public required string DateText { get; init; }

    public required string Title { get; init; }

    public string? Summary { get; init; }

    /// <summary><c>happened</c>, <c>ongoing</c> or <c>planned</c>.</summary>
    public required string Status { get; init; }

    public string? Type { get; init; }

    public List<LinkView> Actors { get; init; } = [];

    public LinkView? Place { get; init; }

    public List<SourceView> Sources { get; init; } = [];
}
