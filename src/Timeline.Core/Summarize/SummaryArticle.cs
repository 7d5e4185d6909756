using Timeline.Extract.Text;
using Timeline.Model;

namespace Timeline.Summarize;

/// <summary>One article as the summariser reads it: its id, its publication date and its sentences.</summary>
public sealed record SummaryArticle
{
    public required string Id { get; init; }

    /// <summary>Publication date; an article without one still lends the days its sentences name.</summary>
    public DateOnly? Date { get; init; }

    public required List<SummarySentence> Sentences { get; init; }

    /// <summary>
    /// Builds it from an article and its dated sentences (from extraction), cutting their text from the body; a
    /// sentence's dateline is left out (<see cref="Datelines"/>), its offset moved past it.
    /// </summary>
    public static SummaryArticle From(Article article, IReadOnlyList<DatedSentence> sentences) => new()
    {
        Id = article.Id,
        Date = article.Date,
        Sentences = [.. sentences
            .Where(s => s.Offset >= 0 && s.Length > 0 && s.Offset + s.Length <= article.Body.Length)
            .Select((s, i) =>
            {
                var text = article.Body.Substring(s.Offset, s.Length);
                var dateline = Datelines.Length(text);
                return new SummarySentence
                {
                    Index = i,
                    Offset = s.Offset + dateline,
                    Text = text[dateline..],
                    Dates = s.Dates,
                    Actors = s.Actors,
                };
            })],
    };
}
