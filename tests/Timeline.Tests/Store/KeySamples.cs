using Timeline.Model;

namespace Timeline.Tests.Store;

/// <summary>Hand-made key-event summaries, as the summariser would propose them.</summary>
internal static class KeySamples
{
    public static KeyEntry Entry(string article, int offset, string text, string? eventId = null, params string[] actors) =>
        new() { Text = text, Article = article, Offset = offset, Event = eventId, Actors = [.. actors] };

    public static KeyDate Date(string day, params KeyEntry[] entries) =>
        new() { Date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), Salience = 0.5, Articles = entries.Length, Entries = [.. entries] };

    public static KeyTimeline Summary(params KeyDate[] dates) => new() { Dates = [.. dates] };

    /// <summary>Two days, three sentences: what a first run proposes.</summary>
    public static KeyTimeline First() => Summary(
        Date("2023-08-16",
            Entry("belarus-visit", 0, "Li Shangfu arrived in Minsk on Wednesday.", "li-shangfu-visit-belarus", "li-shangfu", "belarus"),
            Entry("belarus-visit", 120, "He met President Lukashenko the same day.")),
        Date("2023-09-01", Entry("talks", 40, "Defence talks opened in Beijing.")));

    public static string[] Texts(KeyTimeline timeline, string day) =>
        [.. timeline.Dates.Single(d => d.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) == day).Entries.Select(e => e.Text)];

    public static string[] Days(KeyTimeline timeline) =>
        [.. timeline.Dates.Select(d => d.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))];
}
