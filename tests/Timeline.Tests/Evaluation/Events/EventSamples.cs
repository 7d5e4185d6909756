using Timeline.Model;

namespace Timeline.Tests.Evaluation.Events;

/// <summary>A hand-made timeline of three articles and five events whose figures are worked out in the tests.</summary>
internal static class EventSamples
{
    public static TimelineData Timeline() => new()
    {
        Articles =
        [
            Article("a1", new DateOnly(2024, 3, 15)),
            Article("a2", new DateOnly(2024, 3, 20)),
            Article("a3", null),
        ],
        Events =
        [
            // Dated by the text, a day before its article.
            Event("kenya-sign-pact", "Kenya signed the trade pact", "AGREE", EventStatus.Happened,
                Day(2024, 3, 14) with { Text = "on Thursday" }, "a1"),
            // No type, dated by its article for want of a date; the title starts with a conjunction.
            Event("talks-stall", "But the talks stalled", null, EventStatus.Happened,
                Day(2024, 3, 15) with { Approximate = true }, "a1"),
            // Read in both articles: 47 days from a1, 42 from a2; the title is truncated.
            Event("ministers-meet", "Ministers will meet in Oslo with the", "MEET", EventStatus.Planned,
                new EventDate { Value = "2024-05", Precision = DatePrecision.Month, Start = new(2024, 5, 1), End = new(2024, 5, 31), Text = "in May" },
                "a1", "a2"),
            // 1,175 days before its article (2020-12-31 to 2024-03-20); a wire dateline in the title.
            Event("dam-burst", "WASHINGTON (Reuters) - The dam burst", "other", EventStatus.Happened,
                new EventDate { Value = "2020", Precision = DatePrecision.Year, Start = new(2020, 1, 1), End = new(2020, 12, 31), Text = "in 2020" },
                "a2"),
            // No calendar date, so no distance; dated through the pact; truncated on an auxiliary.
            Event("kenya-has", "Kenya has", "AGREE", EventStatus.Hypothetical,
                new EventDate { Value = "XXXX", Precision = DatePrecision.Unknown, Anchor = "kenya-sign-pact" }, "a2"),
        ],
    };

    private static ArticleInfo Article(string id, DateOnly? date) => new() { Id = id, Title = id, Date = date };

    private static EventDate Day(int year, int month, int day) => new()
    {
        Value = $"{year:D4}-{month:D2}-{day:D2}",
        Precision = DatePrecision.Day,
        Start = new(year, month, day),
        End = new(year, month, day),
    };

    private static TimelineEvent Event(string id, string title, string? type, EventStatus status, EventDate date, params string[] articles) => new()
    {
        Id = id,
        Title = title,
        Type = type,
        Status = status,
        Date = date,
        Sources = [.. articles.Select(a => new EventSource { Article = a, Offset = 0, Length = 10, TriggerOffset = 0, TriggerLength = 4, Trigger = "sign" })],
    };
}
