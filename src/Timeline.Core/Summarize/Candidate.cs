namespace Timeline.Summarize;

/// <summary>A sentence that may tell what happened on a day: it names the day, or its article was published that day and it names none.</summary>
public sealed record Candidate
{
    public required SummaryArticle Article { get; init; }

    public required SummarySentence Sentence { get; init; }

    /// <summary>True when the sentence names the day; false when it is only its article's publication day.</summary>
    public required bool Named { get; init; }

    public required TermVector Vector { get; init; }

    /// <summary>How close the sentence is to the story as a whole (cosine with the corpus centroid).</summary>
    public required double Relevance { get; init; }
}
