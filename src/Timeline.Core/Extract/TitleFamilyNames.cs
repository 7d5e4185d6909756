using Timeline.Extract.Actors;
using Timeline.Model;

namespace Timeline.Extract;

/// <summary>
/// "Pastor granted a request by the California Medical Board": a title that opens on a person's family name alone reads as a
/// common noun when the name is also an English word (a pastor, a judge, a cook). Where the event's first actor is a person the
/// registry names in full with that family name, the title opens with the full name ("Michael Pastor granted ..."). A family name
/// that is no word ("Obama", "Hayward") reads as a name and stays as the text gives it. Pure.
/// </summary>
public static class TitleFamilyNames
{
    /// <summary>The events, each title that opens on its first actor's family name alone, a word of English, opening with the full name.</summary>
    public static List<TimelineEvent> Write(IReadOnlyList<TimelineEvent> events, IReadOnlyList<Actor> registry)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(registry);
        var people = registry.Where(a => a.Kind == ActorKind.Person && a.Name.Contains(' ', StringComparison.Ordinal)).ToDictionary(a => a.Id, StringComparer.Ordinal);
        return [.. events.Select(e => e.Actors.Count > 0 && people.TryGetValue(e.Actors[0], out var person) ? Write(e, person.Name) : e)];
    }

    private static TimelineEvent Write(TimelineEvent e, string name)
    {
        var family = name[(name.LastIndexOf(' ') + 1)..];
        return e.Title.StartsWith(family + " ", StringComparison.Ordinal) && Gazetteer.Default.IsDictionaryWord(family.ToLowerInvariant())
            ? e with { Title = name + e.Title[family.Length..] }
            : e;
    }
}
