using Timeline.Summarize;

namespace Timeline.Tests.Summarize;

/// <summary>Hand-written articles for the summariser: each sentence with the days it names.</summary>
internal static class MiniCorpus
{
    public static SummaryArticle Article(string id, string published, params (string Text, string[] Days)[] sentences)
    {
        var offset = 0;
        var list = new List<SummarySentence>();
        foreach (var (text, days) in sentences)
        {
            list.Add(new SummarySentence { Index = list.Count, Offset = offset, Text = text, Dates = [.. days.Select(Day)] });
            offset += text.Length + 1;
        }

        return new SummaryArticle { Id = id, Date = Day(published), Sentences = list };
    }

    public static (string, string[]) S(string text, params string[] days) => (text, days);

    public static DateOnly Day(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
