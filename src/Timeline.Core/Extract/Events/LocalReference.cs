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
        // "welcomed the move", "tried to isolate the one": a shell noun names no thing of its own, only what a sentence before
        // said, wherever it stands in the title.
        if (EndsOnShellNoun(m)) return true;
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
        // "fired his cabinet", "recalled its ambassador", "withdrew its troops": a noun of the people or the body that belong to
        // someone is known by its owner, named or not before.
        if (determiner is not "the" && Relational.Contains(head)) return false;
        // "suspended its search", "resumed its flights", "began its hearings": a verb that starts, stops or resumes an activity acts
        // on the doer's own, which "its" names; the verb says all a reader needs of it.
        if (determiner == "its" && VerbLemma.Candidates(verb).Any(Aspectual.Contains)) return false;
        // A possessive pronoun before a bare noun ("rejected his offer"): only a noun named once is lost.
        return mentions < (determiner == "the" ? StoryTopicMentions : PossessedMentions);
    }

    // Nouns of those who serve someone, and of a body's parts: what they are follows from whose they are. (Kin are left out: "met
    // his wife" tells a life's story, not the news.)
    private static readonly HashSet<string> Relational = new(StringComparer.Ordinal)
    {
        "cabinet", "government", "ministers", "ambassador", "ambassadors", "envoy", "envoys", "diplomats", "embassy", "embassies",
        "troops", "forces", "army", "soldiers", "staff", "employees", "workers", "lawyer", "lawyers", "supporters",
        "deputy", "spokesman", "spokeswoman", "nationals", "citizens", "airspace", "border", "borders", "resignation", "dividend",
    };

    // Verbs that begin, end, break off or take up an activity, with the past forms of "begin", which no suffix gives.
    private static readonly HashSet<string> Aspectual = new(StringComparer.Ordinal)
    {
        "suspend", "halt", "end", "resume", "begin", "start", "stop", "launch", "abandon", "complete", "conclude", "finish", "pause",
        "restart", "intensify", "expand", "extend", "began", "begun",
    };

    // Nouns that stand for what another sentence told ("the move", "the issue", "the one"), however often the article uses them.
    private static readonly HashSet<string> ShellNouns = new(StringComparer.Ordinal)
    {
        "situation", "matter", "matters", "issue", "issues", "move", "step", "incident", "affair", "development", "developments",
        "problem", "problems", "idea", "fact", "thing", "things", "one", "ones", "episode", "remarks", "comments", "allegation",
        "allegations", "claim", "claims", "criticism", "announcement", "question", "questions", "concern", "concerns",
    };

    /// <summary>
    /// The title without a closing phrase that only names a shell noun ("will hold a hearing [on the issue]", "announced
    /// measures [to deal with the situation]") when what is left still tells a happening; otherwise the title as it is, which
    /// <see cref="PointsBack"/> then refuses.
    /// </summary>
    public static string WithoutShellEnd(string title, string verb)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(verb);
        if (DefiniteEndRegex().Match(title) is not { Success: true } m || !EndsOnShellNoun(m)) return title;
        var words = title[..m.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count == 0 || !ShellPrepositions.Contains(words[^1])) return title;
        words.RemoveAt(words.Count - 1);
        // "to deal with the situation": an infinitive that only acts on the shell noun goes with it.
        if (words.Count >= 2 && words[^2] == "to" && words[^1].All(char.IsLower)) words.RemoveRange(words.Count - 2, 2);
        var verbAt = words.LastIndexOf(verb);
        if (verbAt < 0 || verbAt == words.Count - 1) return title;
        var shorter = string.Join(' ', words);
        // "was briefed [on the situation]": a verb of informing without its message says nothing.
        if (HeadlineRules.Check(shorter).Count > 0 || ToldContent.MessageMissing(verb, words.Skip(verbAt + 1))) return title;
        return shorter;
    }

    private static readonly HashSet<string> ShellPrepositions = new(StringComparer.Ordinal) { "on", "over", "about", "with", "into", "for", "to", "of" };

    private static bool EndsOnShellNoun(Match m) =>
        m.Groups["mod"].Captures.Count == 0 && m.Groups["det"].Value is "the" or "its" or "their" or "his" or "her" && ShellNouns.Contains(m.Groups["head"].Value);

    /// <summary>
    /// The title with "the" and a bare noun extended by the name the article gave that noun before (<paramref name="earlier"/>):
    /// "trying to clean up the quarry" after "Torrey Canyon quarry" tells which quarry. The name is the nearest earlier
    /// mention's that has one, unless a mention with "a" ("a report") began another thing in between; a name the title
    /// already holds ("BP will pay for the spill") is not repeated; within <see cref="HeadlineRules.MaxWords"/> only.
    /// </summary>
    public static string Named(string title, string earlier)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(earlier);
        foreach (Match m in BareDefiniteRegex().Matches(title))
        {
            var noun = m.Groups["noun"].Value;
            if (!EndsPhrase(title, m.Groups["noun"].Index + noun.Length)) continue;
            if (Antecedent(noun, earlier) is not { } name || name.Split(' ').Any(w => title.Contains(w, StringComparison.Ordinal))) continue;
            var extended = title[..m.Groups["noun"].Index] + name + " " + title[m.Groups["noun"].Index..];
            return extended.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > HeadlineRules.MaxWords ? title : extended;
        }

        return title;
    }

    // Back from the end of the earlier text: the first mention of the noun with a name before it gives the name; one with an
    // indefinite determiner ("a report") is another thing, and ends the search.
    private static string? Antecedent(string noun, string earlier)
    {
        var mentions = Regex.Matches(earlier, $@"\b{Regex.Escape(noun)}\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var at = mentions[i].Index;
            if (!EndsPhrase(earlier, at + noun.Length)) continue;
            // Only the words just before the mention matter; a window keeps the anchored patterns from scanning the whole text.
            var window = Math.Max(0, at - NameWindow);
            var before = earlier[..at];
            var name = NameBeforeRegex().Match(before, window);
            var rest = name.Success ? before[window..name.Index] : before[window..];
            if (IndefiniteRegex().IsMatch(rest)) return null;
            if (name.Success && NameOf(name.Value, before, name.Index) is { } found) return Unique(noun, found, earlier, mentions) ? found : null;
        }

        return null;
    }

    // "the government" after "the British government" and "the Libyan government": with two names, "the" may mean either.
    private static bool Unique(string noun, string name, string earlier, MatchCollection mentions)
    {
        foreach (Match mention in mentions)
        {
            var window = Math.Max(0, mention.Index - NameWindow);
            var before = earlier[..mention.Index];
            if (EndsPhrase(earlier, mention.Index + noun.Length) && NameBeforeRegex().Match(before, window) is { Success: true } other
                && NameOf(other.Value, before, other.Index) is { } otherName && otherName != name) return false;
        }

        return true;
    }

    // How many characters before a mention are read for its name and its determiner.
    private const int NameWindow = 80;

    // Words that may follow a noun that ends its phrase: a preposition, a conjunction, an auxiliary; "the oil giant" goes on.
    private static readonly HashSet<string> PhraseFollowers = new(StringComparer.Ordinal)
    {
        "in", "on", "at", "for", "from", "with", "into", "to", "by", "over", "under", "after", "before", "since", "during", "within",
        "about", "near", "off", "onboard", "as", "of", "and", "or", "but", "that", "which", "who", "where", "when", "while", "because",
        "if", "than", "is", "was", "were", "are", "has", "had", "have", "will", "would", "could", "can", "may", "might", "should",
        "must", "did", "does", "itself", "yesterday", "today", "again", "earlier", "later", "last", "this",
    };

    private static bool EndsPhrase(string text, int end)
    {
        var k = end;
        while (k < text.Length && text[k] == ' ') k++;
        if (k >= text.Length || !char.IsLetter(text[k])) return true;
        var stop = k;
        while (stop < text.Length && (char.IsLetter(text[stop]) || text[stop] is '-' or '\'' or '’')) stop++;
        var next = text[k..stop];
        return char.IsUpper(next[0]) || PhraseFollowers.Contains(next);
    }

    // Capitalised words that open a sentence or a phrase, not a name: "In", "The", "Its".
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "This", "That", "These", "Those", "Its", "His", "Her", "Their", "Our", "My", "Your", "In", "On", "At", "For",
        "By", "From", "To", "Of", "With", "And", "But", "Or", "Since", "After", "Before", "When", "While", "As", "If", "Last", "Next",
        "Every", "Each", "Another", "Some", "Any", "No", "One", "Two", "Three", "Such", "Then", "Now", "New", "Former", "Other",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
        "June", "July", "August", "September", "October", "November", "December", "Mr", "Mrs", "Ms", "Dr", "I", "He", "She", "It",
        "We", "They", "You", "Photograph", "Photo",
    };

    // The name words before the noun, less any opening function word; null when none is left, when the name goes on before
    // "of" or "and", or when a lone word opens a sentence.
    private static string? NameOf(string words, string text, int at)
    {
        var parts = words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var skipped = 0;
        while (parts.Count > 0 && FunctionWords.Contains(parts[0]))
        {
            parts.RemoveAt(0);
            skipped++;
        }

        if (parts.Count == 0 || parts.Exists(p => FunctionWords.Contains(p) || p.EndsWith("'s", StringComparison.Ordinal) || p.EndsWith("’s", StringComparison.Ordinal))) return null;
        // "the Gulf of Mexico coast": a name that goes on before "of" or "and" is not all there.
        var before = text[..at].TrimEnd(' ');
        if (skipped == 0 && (before.EndsWith(" of", StringComparison.Ordinal) || before.EndsWith(" and", StringComparison.Ordinal) || before.EndsWith('&'))) return null;
        // "Oil prices rose": a capital at a sentence's start says nothing of a name.
        if (skipped == 0 && parts.Count == 1 && (before.Length == 0 || before[^1] is '.' or '!' or '?' or '\n' or '"' or '“' or ':')) return null;
        return string.Join(' ', parts);
    }

    // One to three capitalised words right before the noun.
    [GeneratedRegex(@"(?<![\w'’-])(?:\p{Lu}[\p{L}'’-]*[ ]){1,3}$")]
    private static partial Regex NameBeforeRegex();

    // An indefinite determiner within the words before a mention: "a report", "a once-pristine beach".
    [GeneratedRegex(@"\b(?:a|an|another|any|some|each|every|no)\s+(?:[a-z][a-z-]*\s+){0,2}$")]
    private static partial Regex IndefiniteRegex();

    // "the quarry", "the well": "the" and a lower-case noun with nothing before it but the article.
    [GeneratedRegex(@"(?<=\s)the (?<noun>[a-z][a-z-]+)\b(?! of\b)(?!['’]s)")]
    private static partial Regex BareDefiniteRegex();

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
