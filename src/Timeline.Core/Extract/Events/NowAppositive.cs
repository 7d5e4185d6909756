using System.Text.RegularExpressions;

namespace Timeline.Extract.Events;

/// <summary>
/// "Wes Holm, now at the Aarhus Institute, took samples", "Ida Berg, now a lobbyist for Maersk, wrote the bill": a person's
/// "now" set off beside a past act tells what the person has become since, so the act was done in an earlier time, the story's
/// background. Told with no time of its own, it cannot be placed on the timeline. A thing's "now" ("the spill, now in its 48th
/// day") tells how long the news has run, and a time of its own ("Holm, now 45, was arrested on Tuesday") dates the act: neither
/// is this. Pure.
/// </summary>
public static partial class NowAppositive
{
    /// <summary>
    /// Whether <paramref name="between"/>, the text from the end of the first word of a person's name to their verb group, is the rest
    /// of the name and a ", now ...," apposition.
    /// </summary>
    public static bool Sets(string between) => NowRegex().IsMatch(between);

    // ", now at the Harte Institute,", ", now 81 and still writing for the paper,", ", now a Democratic congresswoman,":
    // the rest of the name, then the apposition, which ends right before the verb group.
    [GeneratedRegex(@"^(?:\s+[A-Z][\w.'’-]*)*\s*,\s+(?i:now)\s+(?:aged\s+)?[\w$£€'’-][^,]*,\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NowRegex();
}
