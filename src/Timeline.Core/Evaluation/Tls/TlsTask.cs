using Timeline.Summarize;

namespace Timeline.Evaluation.Tls;

/// <summary>One Timeline17 task: a gold timeline and the articles published between its first and last date.</summary>
public sealed record TlsTask
{
    public required string Name { get; init; }

    public required TlsTimeline Gold { get; init; }

    public required List<SummaryArticle> Articles { get; init; }
}
