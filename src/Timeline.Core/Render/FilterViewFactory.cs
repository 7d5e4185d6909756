using Timeline.Model;
using Timeline.Render.Views;

namespace Timeline.Render;

/// <summary>The filter choices for a list of events: the actors with a page that take part, the types and the tags, in a fixed order.</summary>
internal static class FilterViewFactory
{
    public static FilterView Create(IReadOnlyCollection<TimelineEvent> events, IEnumerable<Actor> actors, List<TypeView> types)
    {
        var keys = events.Select(e => EventTypes.Key(e.Type)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return new FilterView
        {
            Actors = Actors(events, actors),
            Types = [.. types.Where(t => keys.Contains(t.Key))],
            Tags = Tags(events),
        };
    }

    public static List<FilterOption> Actors(IEnumerable<TimelineEvent> events, IEnumerable<Actor> actors)
    {
        var used = events.SelectMany(e => e.Place is null ? e.Actors : e.Actors.Append(e.Place)).ToHashSet(StringComparer.Ordinal);
        return [.. actors.Where(a => used.Contains(a.Id) && !a.Id.Contains(' ', StringComparison.Ordinal))
            .OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ThenBy(a => a.Id, StringComparer.Ordinal)
            .Select(a => new FilterOption { Value = Html.Escape(a.Id), Label = Html.Escape(a.Name) })];
    }

    public static List<FilterOption> Tags(IEnumerable<TimelineEvent> events) => [.. events
        .SelectMany(e => e.Tags).Where(t => !string.IsNullOrWhiteSpace(t))
        .Select(t => t.Trim()).Distinct(StringComparer.Ordinal)
        .GroupBy(t => t.ToLowerInvariant(), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => new FilterOption { Value = Html.Escape(g.Key), Label = Html.Escape(g.First()) })];
}
