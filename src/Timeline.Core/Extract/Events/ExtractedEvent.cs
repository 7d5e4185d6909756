using Timeline.Model;

namespace Timeline.Extract.Events;

/// <summary>An event while its article is being read: the record plus what later clauses refer back to.</summary>
internal sealed record ExtractedEvent
{
    public required TimelineEvent Event { get; init; }

    public required string Lemma { get; init; }

    public required int Paragraph { get; init; }

    /// <summary>Index of the event's sentence in the article.</summary>
    public int Sentence { get; init; }

    /// <summary>The date came from the text (its own words, an anchor or the narrative), not the article-date fallback.</summary>
    public required bool DatedByText { get; init; }
}
