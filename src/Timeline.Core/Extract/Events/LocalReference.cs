using System.Text.RegularExpressions;
using Timeline.Extract.Text.Pos;

namespace Timeline.Extract.Events;

/// <summary>
/// A title that ends on a definite object ("hailed the news", "chartered the vessel", "rejected the criticism", "disputed
/// the commission's findings") names something the reader must find in an earlier sentence, unless the story keeps naming
/// it ("capped the well" in a story about a well). News names its topic again and again; what a definite phrase picks up
/// from the sentence before ("the well was declared dead. Obama hailed the news") it names once or twice. A demonstrative
/// ("rejected this claim") always points back. Pure.
/// </summary>
public static partial class LocalReference
{
    /// <summary>How often the article must name the object's noun for a reader to know which one "the" means: its topic.</summary>
    public const int StoryTopicMentions = 6;

    /// <summary>How often the article must name the noun for a reader to know which one a possessive pronoun means.</summary>
    public const int PossessedMentions = 2;

    /// <summary>Whether the title's object, right after <paramref name="verb"/>, is a definite phrase the article names too seldom.</summary>
    public static bool PointsBack(string title, string verb, string body)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(verb);
        ArgumentNullException.ThrowIfNull(body);
        // "hailed it", "promised to ditch them": an object pronoun at the end stands for what an earlier sentence named.
        if (title.EndsWith(" it", StringComparison.Ordinal) || title.EndsWith(" them", StringComparison.Ordinal)) return true;
        // 'called the action "unjustified"': the quoted words say what the object was called; the object still ends the phrase.
        var predicate = QuotedPredicateRegex().Match(title);
        if (predicate.Success && predicate.Index > 0) title = title[..predicate.Index];
        // 'called it "not without risk"': the same pronoun, before the words it was called.
        if (predicate.Success && (title.EndsWith(" it", StringComparison.Ordinal) || title.EndsWith(" them", StringComparison.Ordinal))) return true;
        // "the resulting spill", "the same plan": these words say the thing was named before.
        if (AnaphoricModifierRegex().IsMatch(title)) return true;
        if (DefiniteEndRegex().Match(title) is not { Success: true } m) return false;
        // Only the verb's own object: "hailed the news", "called off the visit", or the noun an object's "of" names ("will
        // publish the findings of the inquiry"); "filmed a pigeon on his phone" names its object. An infinitive's object is
        // left alone: "pledged to monitor the sea floor", "will attempt to stem the oil flow" name things the reader knows.
        var before = title[..m.Index].TrimEnd();
        // "backed away from the report", "pulled out of the talks", "commented on the decision": the preposition's object is
        // what the verb acts on. Places ("in the area", "to the site") are not: they say where, not what.
        // A possessive there names its owner, mostly the subject ("chatted with his wife").
        if (before.LastIndexOf(' ') is var pp and >= 0 && ObjectPrepositions.Contains(before[(pp + 1)..]) && m.Groups["det"].Value is not ("his" or "her" or "its" or "their")
            && WithoutParticle(before[..pp].TrimEnd()).EndsWith(" " + verb, StringComparison.Ordinal)) before = before[..pp].TrimEnd();
        var particle = before.LastIndexOf(' ') is var sp and >= 0 && Particles.Contains(before[(sp + 1)..]) ? before[..sp].TrimEnd() : before;
        if (!particle.EndsWith(" " + verb, StringComparison.Ordinal) && !ObjectOfVerbRegex().IsMatch(particle[Math.Max(0, particle.LastIndexOf(" " + verb + " ", StringComparison.Ordinal))..])) return false;
        var determiner = m.Groups["det"].Value;
        // "left the door open": the last word must be the object's noun, not a predicate after it.
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (m.Groups["mod"].Captures.Count > 0 && !PosTagger.Default.Tag(words)[^1].StartsWith("NN", StringComparison.Ordinal)) return false;
        if (determiner is "this" or "that" or "these" or "those") return true;
        // "its claims operation": a possessive pronoun with modifiers names its owner, usually the title's actor.
        if (m.Groups["mod"].Captures.Count > 0 && determiner is not "the") return false;
        var head = m.Groups["head"].Value;
        var stem = head.EndsWith("ies", StringComparison.Ordinal) ? head[..^3] + "y" : head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal) ? head[..^1] : head;
        var mentions = Regex.Count(body, $@"\b{Regex.Escape(stem)}(?:s|es)?\b|\b{Regex.Escape(head)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        // A possessive pronoun before a bare noun ("rejected his offer"): only a noun named once is lost.
        return mentions < (determiner == "the" ? StoryTopicMentions : PossessedMentions);
    }

    // After the verb: a definite noun and "of" (an object's "of" phrase).
    [GeneratedRegex(@"^ \S+ (?:the|its|their|his|her) (?:[a-z][a-z-]* ){0,2}[a-z]+ of$")]
    private static partial Regex ObjectOfVerbRegex();

    [GeneratedRegex(@"\bthe (?:resulting|same|aforementioned|above|latter)\b")]
    private static partial Regex AnaphoricModifierRegex();

    [GeneratedRegex(@"(?:\s+(?:and\s+|or\s+)?(?:""[^""]*""|“[^”]*”))+$")]
    private static partial Regex QuotedPredicateRegex();

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "off", "down", "up", "out", "back", "over", "away" };

    private static string WithoutParticle(string text) =>
        text.LastIndexOf(' ') is var sp and >= 0 && Particles.Contains(text[(sp + 1)..]) ? text[..sp].TrimEnd() : text;

    private static readonly HashSet<string> ObjectPrepositions = new(StringComparer.Ordinal) { "from", "of", "on", "about", "against", "with" };

    // "the news", "his offer", "the isolation measures", "the commission's findings": a determiner, up to two lower-case
    // modifiers and a lower-case noun end the title ("the door open" has a predicate after the noun).
    [GeneratedRegex(@"\b(?<det>the|this|that|these|those|his|her|its|their)\s+(?:(?<mod>[a-z][a-z-]*(?:'s|’s)?)\s+){0,2}(?<head>[a-z][a-z-]*)$")]
    private static partial Regex DefiniteEndRegex();
}
