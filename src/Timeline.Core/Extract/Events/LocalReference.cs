using System.Text.RegularExpressions;

namespace Timeline.Extract.Events;

/// <summary>
/// A title that ends on a definite object ("hailed the news", "chartered the vessel", "rejected the criticism") names
/// something the reader must find in an earlier sentence, unless the story names it again ("capped the well" in a story
/// about a well). News names its topics again and again; what a definite phrase picks up from the sentence before
/// ("the well was declared dead. Obama hailed the news") it names once. Pure.
/// </summary>
public static partial class LocalReference
{
    /// <summary>How often the article must name the object's noun for a reader to know which one the title means.</summary>
    public const int StoryTopicMentions = 2;

    /// <summary>Whether the title's object, right after <paramref name="verb"/>, is a definite phrase the article names too seldom.</summary>
    public static bool PointsBack(string title, string verb, string body)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(verb);
        ArgumentNullException.ThrowIfNull(body);
        if (DefiniteEndRegex().Match(title) is not { Success: true } m) return false;
        // Only the verb's own object: "hailed the news", "called off the visit"; "filmed a pigeon on his phone" names its object.
        var before = title[..m.Index].TrimEnd();
        var particle = before.LastIndexOf(' ') is var sp and >= 0 && Particles.Contains(before[(sp + 1)..]) ? before[..sp].TrimEnd() : before;
        if (!particle.EndsWith(" " + verb, StringComparison.Ordinal)) return false;
        var head = m.Groups["head"].Value;
        var stem = head.EndsWith("ies", StringComparison.Ordinal) ? head[..^3] + "y" : head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal) ? head[..^1] : head;
        var mentions = Regex.Count(body, $@"\b{Regex.Escape(stem)}(?:s|es)?\b|\b{Regex.Escape(head)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return mentions < StoryTopicMentions;
    }

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "off", "down", "up", "out", "back", "over" };

    // "the news", "his offer": a determiner and a lower-case noun end the title ("the door open" has a predicate after the noun).
    [GeneratedRegex(@"\b(?:the|his|her|its|their)\s+(?<head>[a-z][a-z-]*)$")]
    private static partial Regex DefiniteEndRegex();
}
