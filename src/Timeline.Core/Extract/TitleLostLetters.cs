using System.Text.RegularExpressions;
using Timeline.Extract.Actors;
using Timeline.Model;

namespace Timeline.Extract;

/// <summary>
/// "Felipe Caldern complained of a backlash": a page that lost a name's accented letter ("Calderón") gives the title a misspelt
/// name. Where the registry folded that form into the name other pages spell whole (<see cref="NameVariants.IsWithoutLostVowels"/>,
/// the test the registry itself applies), the title of an event that person takes part in writes the registry's name. Pure.
/// </summary>
public static class TitleLostLetters
{
    /// <summary>The events, each title with the lost-letter forms of its people's names written as the registry names them.</summary>
    public static List<TimelineEvent> Restore(IReadOnlyList<TimelineEvent> events, IReadOnlyList<Actor> registry)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(registry);
        var damaged = registry.Where(a => a.Kind == ActorKind.Person)
            .Select(a => (a.Id, Forms: a.Aliases.Where(alias => IsLostLetterForm(alias, a.Name)).OrderByDescending(f => f.Length).ToList(), a.Name))
            .Where(p => p.Forms.Count > 0)
            .ToDictionary(p => p.Id, p => (p.Forms, p.Name), StringComparer.Ordinal);
        if (damaged.Count == 0) return [.. events];
        return [.. events.Select(e => e.Actors.Where(damaged.ContainsKey).Aggregate(e, (ev, id) => Write(ev, damaged[id].Forms, damaged[id].Name)))];
    }

    // "Felipe Caldern" of "Felipe Calderon", and the family name alone ("Caldern") read with the given name it lacks.
    private static bool IsLostLetterForm(string alias, string name)
    {
        var space = name.LastIndexOf(' ');
        if (space < 0) return false;
        var whole = alias.Contains(' ', StringComparison.Ordinal) ? alias : name[..space] + " " + alias;
        return NameVariants.IsWithoutLostVowels(whole, name, ActorDuplicates.IsKnownNameWord);
    }

    private static TimelineEvent Write(TimelineEvent e, List<string> forms, string name)
    {
        var title = e.Title;
        var family = name[(name.LastIndexOf(' ') + 1)..];
        foreach (var form in forms)
        {
            // A whole form becomes the whole name; the family name alone becomes the family name.
            var by = form.Contains(' ', StringComparison.Ordinal) ? name : family;
            title = Regex.Replace(title, @"(?<![\p{L}\p{Nd}])" + Regex.Escape(form) + @"(?![\p{L}\p{Nd}])", by.Replace("$", "$$", StringComparison.Ordinal), RegexOptions.CultureInvariant);
        }

        return title == e.Title ? e : e with { Title = title };
    }
}
