using Timeline.Model;

namespace Timeline.Tests.Render;

/// <summary><see cref="RenderSamples.Small"/> with a hand-made summary of its key events.</summary>
public static class KeyEventSamples
{
    public static KeyTimeline Summary() => new()
    {
        Dates =
        [
            new KeyDate
            {
                Date = new DateOnly(2023, 7, 20),
                Articles = 1,
                Entries = [new KeyEntry { Text = "Belarus announced the visit in July.", Article = "belarus-visit", Offset = 100, Event = "belarus-announces-visit" }],
            },
            new KeyDate
            {
                Date = new DateOnly(2023, 8, 16),
                Salience = 0.9,
                Articles = 3,
                Pinned = true,
                Entries =
                [
                    new KeyEntry { Text = "Li Shangfu arrived in Minsk.", Article = "belarus-visit", Offset = 0, Event = "li-shangfu-visit-belarus", Actors = ["li-shangfu", "minsk"] },
                    new KeyEntry { Text = "A line written by hand." },
                ],
            },
        ],
    };

    public static TimelineData Small() => RenderSamples.Small() with { Summary = Summary() };

    /// <summary>A summary of <paramref name="count"/> key dates, one a week from 2023-01-02, two sentences each.</summary>
    public static KeyTimeline Weeks(int count) => new()
    {
        Dates = [.. Enumerable.Range(0, count).Select(i => new KeyDate
        {
            Date = new DateOnly(2023, 1, 2).AddDays(7 * i),
            Entries =
            [
                new KeyEntry { Text = $"Development number {i} happened.", Article = "belarus-visit", Offset = i * 10 },
                new KeyEntry { Text = $"It was followed by reaction {i}.", Article = "belarus-visit", Offset = (i * 10) + 5, Actors = ["belarus"] },
            ],
        })],
    };
}
