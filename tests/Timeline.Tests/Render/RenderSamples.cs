using Timeline.Model;

namespace Timeline.Tests.Render;

/// <summary>Small hand-made timelines for render and browser tests.</summary>
public static class RenderSamples
{
    public static EventDate Day(int y, int m, int d) =>
        new() { Value = $"{y:D4}-{m:D2}-{d:D2}", Precision = DatePrecision.Day, Start = new DateOnly(y, m, d), End = new DateOnly(y, m, d) };

    public static EventSource Source(string article, int offset) =>
        new() { Article = article, Offset = offset, Length = 10, TriggerOffset = offset, TriggerLength = 5, Trigger = "visit" };

    /// <summary>
    /// Four events: a day range, one dated only "before" it, an approximate month and a planned year;
    /// three actors with pages and one actor id that is not in the registry.
    /// </summary>
    public static TimelineData Small() => new()
    {
        Articles =
        [
            new ArticleInfo { Id = "belarus-visit", Title = "Li Shangfu visits Belarus", Date = new DateOnly(2023, 8, 18), Source = "Reuters", Url = "https://example.com/belarus-visit" },
        ],
        Actors =
        [
            new Actor { Id = "li-shangfu", Name = "Li Shangfu", Kind = ActorKind.Person, Role = "Defense Minister", Country = "China", Aliases = ["Shangfu"] },
            new Actor { Id = "belarus", Name = "Belarus", Kind = ActorKind.Country },
            new Actor { Id = "minsk", Name = "Minsk", Kind = ActorKind.Place, Country = "Belarus" },
        ],
        Events =
        [
            new TimelineEvent
            {
                Id = "li-shangfu-visit-belarus",
                Title = "Li Shangfu visits Belarus",
                Summary = "Chinese Defense Minister Li Shangfu visited Minsk.",
                Date = Day(2023, 8, 16) with { Value = "2023-08-16/2023-08-18", End = new DateOnly(2023, 8, 18) },
                Actors = ["li-shangfu", "belarus", "lukashenko"],
                Place = "minsk",
                Sources = [Source("belarus-visit", 0)],
            },
            new TimelineEvent
            {
                Id = "li-shangfu-meets-russia",
                Title = "Li Shangfu meets Russian officials",
                Date = new EventDate { Value = "", Precision = DatePrecision.Unknown, Relation = DateRelation.Before, Anchor = "li-shangfu-visit-belarus" },
                Actors = ["li-shangfu"],
                Sources = [Source("belarus-visit", 200)],
            },
            new TimelineEvent
            {
                Id = "belarus-announces-visit",
                Title = "Belarus announces the visit",
                Date = new EventDate { Value = "2023-07", Precision = DatePrecision.Month, Start = new DateOnly(2023, 7, 1), End = new DateOnly(2023, 7, 31), Approximate = true },
                Actors = ["belarus"],
                Sources = [Source("belarus-visit", 100)],
            },
            new TimelineEvent
            {
                Id = "joint-exercise-2024",
                Title = "Joint military exercise",
                Date = new EventDate { Value = "2024", Precision = DatePrecision.Year, Start = new DateOnly(2024, 1, 1), End = new DateOnly(2024, 12, 31), Planned = true },
                Status = EventStatus.Planned,
                Actors = ["belarus", "li-shangfu"],
                Sources = [Source("belarus-visit", 300)],
            },
        ],
    };

    /// <summary>The expected date texts of <see cref="Small"/> in chronological order.</summary>
    public static readonly string[] SmallDateTexts =
    [
        "around July 2023",
        "before 16 August 2023",
        "16–18 August 2023",
        "2024 (planned)",
    ];
}
