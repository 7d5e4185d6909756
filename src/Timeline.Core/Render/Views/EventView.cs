namespace Timeline.Render.Views;

/// <summary>One event as templates see it; every string is already HTML-escaped.</summary>
internal sealed record EventView
{
    /// <summary>The event id, used as the element's <c>id</c> so links can point at it.</summary>
    public required string Id { get; init; }

    /// <summary>Path from the site root of the event's own page, e.g. <c>events/x.html</c>; null when the id cannot name a page.</summary>
    public string? Path { get; init; }

    /// <summary>Path from the site root of the timeline page that lists the event: <c>index.html</c>, or its period page on a long timeline.</summary>
    public string ListPath { get; init; } = "index.html";

    /// <summary>The date as a <c>&lt;time&gt;</c> element (see <see cref="DateDisplay.ToHtml"/>).</summary>
    public required string DateHtml { get; init; }

    /// <summary>The date as plain text.</summary>
    public required string DateText { get; init; }

    public required string Title { get; init; }

    public string? Summary { get; init; }

    /// <summary><c>happened</c>, <c>ongoing</c> or <c>planned</c>.</summary>
    public required string Status { get; init; }

    /// <summary>The date is an estimate.</summary>
    public bool Approximate { get; init; }

    /// <summary>The date spans several days or periods (e.g. <c>16–18 August</c>).</summary>
    public bool Ranged { get; init; }

    /// <summary>Planned or expected: by its status or by its date.</summary>
    public bool Planned { get; init; }

    public bool Ongoing { get; init; }

    /// <summary>The text says the event did not happen.</summary>
    public bool Negated { get; init; }

    /// <summary>The text only considers the event.</summary>
    public bool Hypothetical { get; init; }

    /// <summary>The extractor's confidence is below the site's <c>min_confidence</c>; never for an event a person wrote.</summary>
    public bool Uncertain { get; init; }

    /// <summary>The extractor's confidence as written (invariant culture, e.g. <c>0.45</c>); null when a person wrote the event.</summary>
    public string? Confidence { get; init; }

    /// <summary>Extra CSS classes for the kinds above, e.g. <c>event-approximate event-planned event-uncertain</c>.</summary>
    public string Classes { get; init; } = "";

    /// <summary>The event type (PLOVER code) as written, e.g. <c>CONSULT</c>.</summary>
    public string? Type { get; init; }

    /// <summary>The type's page and filter key; null when the event has no type.</summary>
    public LinkView? TypeLink { get; init; }

    /// <summary>Lower-case type key for filtering; empty when none.</summary>
    public string TypeKey { get; init; } = "";

    /// <summary>Space-separated actor ids (and the place's), for filtering.</summary>
    public string ActorKeys { get; init; } = "";

    public List<string> Tags { get; init; } = [];

    /// <summary>Lower-case tags joined by '|', for filtering.</summary>
    public string TagKeys { get; init; } = "";

    public List<LinkView> Actors { get; init; } = [];

    public LinkView? Place { get; init; }

    public List<SourceView> Sources { get; init; } = [];

    /// <summary>The words that gave the date, HTML-escaped, when another article than the first source gave them; else null.</summary>
    public string? DateWords { get; init; }

    /// <summary>The article whose words gave the date, when it is not the first source; else null.</summary>
    public SourceView? DateSource { get; init; }
}
