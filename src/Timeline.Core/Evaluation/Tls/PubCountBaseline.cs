using Timeline.Summarize;

namespace Timeline.Evaluation.Tls;

/// <summary>
/// PUBCOUNT, the usual baseline: the days on which most articles were published (the earlier on a tie), each told by
/// the first sentences of its articles, leads first.
/// </summary>
public static class PubCountBaseline
{
    public static TlsTimeline Summarize(IReadOnlyList<SummaryArticle> articles, int dates, int sentencesPerDate)
    {
        var days = articles.Where(a => a.Date is not null && a.Sentences.Count > 0)
            .GroupBy(a => a.Date!.Value)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Take(dates);
        return new TlsTimeline
        {
            Days = [.. days.OrderBy(g => g.Key).Select(g => new TlsDay { Date = g.Key, Sentences = Leads(g.OrderBy(a => a.Id, StringComparer.Ordinal).ToList(), sentencesPerDate) })],
        };
    }

    // The first sentence of every article, then the second of every article, and so on.
    private static List<string> Leads(List<SummaryArticle> articles, int count) =>
        [.. Enumerable.Range(0, articles.Max(a => a.Sentences.Count))
            .SelectMany(i => articles.Where(a => i < a.Sentences.Count).Select(a => a.Sentences[i].Text.Trim()))
            .Take(count)];
}
