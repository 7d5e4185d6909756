namespace Timeline.Summarize;

/// <summary>
/// Ranks the days of a corpus by how strongly its articles point at them. A day gains from every article that
/// refers to it by date (a day still named days later mattered), less from one that announces it ahead, and from the
/// articles published on it; each article counts by how close it is to the story (<paramref name="relevance"/>), so
/// that pages off the story, such as schedules, weigh little.
/// </summary>
public static class DaySalience
{
    /// <summary>Days in order of salience, highest first, the earlier day first on a tie.</summary>
    public static List<DayScore> Rank(IReadOnlyList<SummaryArticle> articles, SummaryOptions options, Func<string, double> relevance)
    {
        var published = new Dictionary<DateOnly, double>();
        var laterMentions = new Dictionary<DateOnly, double>();
        var sameDayMentions = new Dictionary<DateOnly, double>();
        var reporting = new Dictionary<DateOnly, HashSet<string>>();
        foreach (var article in articles)
        {
            var weight = relevance(article.Id);
            if (article.Date is { } date)
            {
                published[date] = published.GetValueOrDefault(date) + weight;
                Reporting(reporting, date).Add(article.Id);
            }

            foreach (var group in article.Sentences.SelectMany(s => s.Dates).Where(options.Allows).GroupBy(d => d))
            {
                var day = group.Key;
                Reporting(reporting, day).Add(article.Id);
                var counts = article.Date == day ? sameDayMentions : laterMentions;
                // An article that names a day again and again still is one article: each repeat adds less.
                var repeats = 1 + (options.RepeatWeight * Math.Log(group.Count()));
                var future = article.Date is { } p && day > p ? options.FutureWeight : 1;
                counts[day] = counts.GetValueOrDefault(day) + (weight * future * repeats);
            }
        }

        return [.. reporting.Keys.Where(options.Allows)
            .Select(day => new DayScore
            {
                Date = day,
                Salience = laterMentions.GetValueOrDefault(day) + (options.SameDayWeight * sameDayMentions.GetValueOrDefault(day))
                    + (options.PublicationWeight * published.GetValueOrDefault(day)),
                Articles = reporting[day].Count,
            })
            .OrderByDescending(d => d.Salience).ThenBy(d => d.Date)];
    }

    private static HashSet<string> Reporting(Dictionary<DateOnly, HashSet<string>> reporting, DateOnly day) =>
        reporting.TryGetValue(day, out var ids) ? ids : reporting[day] = new HashSet<string>(StringComparer.Ordinal);
}
