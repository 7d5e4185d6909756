namespace Timeline.Evaluation.Events;

/// <summary>What an editor checks first in a batch of extracted events: counts, shares, dates and titles.</summary>
public sealed record EventStatistics
{
    public required int Articles { get; init; }

    public required int Events { get; init; }

    /// <summary>Events citing an article, averaged over all articles (an event merged from two counts for both).</summary>
    public required double MeanEventsPerArticle { get; init; }

    public required int MaxEventsPerArticle { get; init; }

    /// <summary>Types, <c>other</c> (or no type) first, then the commonest.</summary>
    public List<NamedCount> Types { get; init; } = [];

    /// <summary>Every status, in the order of <see cref="Model.EventStatus"/>.</summary>
    public List<NamedCount> Statuses { get; init; } = [];

    /// <summary>Every precision, finest first.</summary>
    public List<NamedCount> Precisions { get; init; } = [];

    /// <summary>Events whose date came from words of the text.</summary>
    public required int DatedByText { get; init; }

    /// <summary>Events dated by their article's date for want of a date in the text (approximate, no text).</summary>
    public required int ArticleDateFallback { get; init; }

    /// <summary>Events with no date words of their own, dated through the event they are anchored to.</summary>
    public required int DatedByAnchor { get; init; }

    /// <summary>Events whose distance to their article's date could be measured (both dates known).</summary>
    public required int Measured { get; init; }

    public required int Over30Days { get; init; }

    public required int Over365Days { get; init; }

    /// <summary>The farthest from their article's date, farthest first.</summary>
    public List<DateDistance> Farthest { get; init; } = [];

    /// <summary>Titles breaking at least one headline rule.</summary>
    public required int TitlesWithViolations { get; init; }

    /// <summary>Every rule, in the order of <see cref="Extract.Events.HeadlineViolation"/>.</summary>
    public List<ViolationTally> Violations { get; init; } = [];

    /// <summary>Events read in more than one article.</summary>
    public required int MergedFromSeveralArticles { get; init; }
}
