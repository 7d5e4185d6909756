namespace Timeline.Extract.Events;

/// <summary>Ways an event title can fail as a headline, found by <see cref="HeadlineRules"/>.</summary>
public enum HeadlineViolation
{
    /// <summary>No words at all.</summary>
    Empty,

    /// <summary>More than <see cref="HeadlineRules.MaxWords"/> words.</summary>
    TooLong,

    /// <summary>Begins with a conjunction, a connective, a pronoun or a lowercase word.</summary>
    FirstWord,

    /// <summary>Begins with page or wire leftovers: a dateline, a byline, a wire tag, a date stamp.</summary>
    Dateline,

    /// <summary>Quotes, parentheses or brackets that do not pair up.</summary>
    UnbalancedQuotes,

    /// <summary>Ends mid-phrase: on a preposition, article, conjunction, determiner, auxiliary or "to".</summary>
    Truncated,
}
