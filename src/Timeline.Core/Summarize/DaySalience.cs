namespace Timeline.Summarize;

/// <summary>
/// Ranks the days of a corpus by how strongly its articles point at them. A day gains from every article that
/// refers to it by date, most from articles written on other days (a day still named days later mattered), and from
/// the articles published on it; a day far from every publication is not one the corpus reports.
/// </summary>
public static class DaySalience
{
    /// <summary>Days in order of salience, highest first, the earlier day first on a tie.</summary>
    public static List<DayScore> Rank(IReadOnlyList<SummaryArticle> articles, SummaryOptions options)
    {
        var published = new Dictionary<DateOnly, int>();
        var laterMentions = new Dictionary<DateOnly, double>();
        var sameDayMentions = new Dictionary<DateOnly, double>();
        var reporting = new Dictionary<DateOnly, HashSet<string>>();
        foreach (var article in articles)
        {
            if (article.Date is { } date)
            {
                published[date] = published.GetValueOrDefault(date) + 1;
                Reporting(reporting, date).Add(article.Id);
            }

            foreach (var day in article.Sentences.SelectMany(s => s.Dates).Where(options.Allows))
            {
                Reporting(reporting, day).Add(article.Id);
                var counts = article.Date == day ? sameDayMentions : laterMentions;
                counts[day] = counts.GetValueOrDefault(day) + 1;
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
