using System.Text.RegularExpressions;
using Timeline.Extract.Text;
using Timeline.Extract.Text.Pos;

namespace Timeline.Extract.Events;

/// <summary>
/// A title's definite object told as the article first gave it: "released the map" after "a map of the slick's spread"
/// becomes "released the map of the slick's spread", "testified at the hearing" after "a hearing before the Senate
/// committee" says which hearing. News introduces a thing once with what it is of, on or for, then calls it by its noun
/// alone; a timeline reader sees only the title. The nearest earlier mention of the same noun with such a phrase gives
/// it; a plain "a map" in between began another thing, and the title is kept. Within <see cref="HeadlineRules.MaxWords"/>
/// only. Pure.
/// </summary>
public static partial class IntroducedPhrase
{
    // Prepositions that say what a thing is of or about; "in", "at" and "to" mostly say where or when, "for" what for or how
    // long ("for repairs", "for years").
    private static readonly HashSet<string> Complements = new(StringComparer.Ordinal) { "of", "on", "into", "about", "before", "over", "against" };

    // Tags of a word that may follow a complete noun phrase: a preposition, a conjunction, a relative word, an auxiliary.
    private static readonly HashSet<string> Followers = new(StringComparer.Ordinal) { "IN", "CC", "TO", "WDT", "WP", "MD", "VBD" };

    // A complement with a time in it dates the mention ("a hearing on Thursday"), it does not say which thing.
    private static readonly HashSet<string> TimeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "today", "yesterday", "tomorrow", "week", "weeks", "month", "months", "year", "years", "day", "days", "night", "morning",
        "afternoon", "evening", "weekend", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
        "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    private static readonly HashSet<string> PhraseTags = new(StringComparer.Ordinal) { "DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "PRP$", "CD" };

    /// <summary>
    /// The title with its first bare definite object after <paramref name="verb"/> completed from <paramref name="earlier"/>
    /// (the article before the sentence), or as it is; <paramref name="body"/> is the whole article.
    /// </summary>
    public static string Fuller(string title, string verb, string earlier, string body)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(verb);
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(body);
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var verbAt = Array.IndexOf(words, verb);
        if (verbAt < 0) return title;
        var tags = PosTagger.Default.Tag(words);
        var the = Array.IndexOf(words, "the", verbAt + 1);
        if (the < 0) return title;
        // "the new test", "the fund": up to two lower-case modifiers and the noun; a name or a possessive has its own words.
        var end = the + 1;
        while (end < words.Length && end - the <= 3 && tags[end] is "JJ" or "NN" or "NNS" or "VBN" && words[end].All(c => char.IsLower(c) || c == '-')) end++;
        if (end == the + 1 || !tags[end - 1].StartsWith("NN", StringComparison.Ordinal)) return title;
        // Only a phrase that ends the title, or that a preposition other than "of" or a participle follows ("the hearing on
        // Thursday", "the map using data").
        if (end < words.Length && (tags[end] is not ("IN" or "TO" or "VBG") || words[end] == "of")) return title;
        var noun = words[end - 1];
        // The story's topic ("the spill" in a story about it) is known without its complement.
        if (Regex.Count(body, $@"\b{Regex.Escape(noun)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)) >= LocalReference.StoryTopicMentions) return title;
        if (Complement(noun, earlier) is not { } complement)
        {
            // "passed the bill" after "a $14 billion rescue bill": a bare noun is told with the words that first said which one.
            if (end != the + 2 || Modifiers(noun, earlier) is not { } modifiers) return title;
            var modified = string.Join(' ', words.Take(the + 1).Append(modifiers).Concat(words.Skip(the + 1)));
            return modified.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > HeadlineRules.MaxWords ? title : modified;
        }

        // "the liability cap [on its liability]": a complement that repeats the title's words adds nothing.
        if (complement.Split(' ').Skip(1).Any(w => w.Length > 3 && words.Contains(w, StringComparer.OrdinalIgnoreCase))) return title;
        var fuller = string.Join(' ', words.Take(end).Append(complement).Concat(words.Skip(end)));
        return fuller.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > HeadlineRules.MaxWords ? title : fuller;
    }

    // Back from the end of the earlier text: the first mention of the noun with a complement gives it; a bare indefinite
    // mention ("a map") is another thing, and ends the search.
    private static string? Complement(string noun, string earlier)
    {
        var mentions = Regex.Matches(earlier, $@"\b{Regex.Escape(noun)}\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var at = mentions[i].Index;
            var after = earlier.Substring(at + noun.Length, Math.Min(ReadAhead, earlier.Length - at - noun.Length));
            var cut = after.IndexOfAny(['.', ',', ';', ':', '(', '"', '“', '\n']);
            var phrase = Read(cut >= 0 ? after[..cut] : after);
            if (phrase is not null) return phrase;
            if (IndefiniteBeforeRegex().IsMatch(earlier.AsSpan(Math.Max(0, at - 40), Math.Min(40, at)))) return null;
        }

        return null;
    }

    // The words between "a" and the noun at its nearest earlier mention, when they say which one: a sum, a figure, a name or a
    // noun of what it is for ("a $14 billion rescue bill", "a 12-hour strike", "a Senate energy bill"), not a plain adjective
    // ("a new bill"). A nearer definite mention ("the bill") is passed; one with another determiner ends the search. Only a
    // mention a few sentences back: a round-up of stories goes on to another "presenter" than the one it introduced.
    private static string? Modifiers(string noun, string earlier)
    {
        var mentions = Regex.Matches(earlier, $@"\b{Regex.Escape(noun)}\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        for (var i = mentions.Count - 1; i >= 0 && earlier.Length - mentions[i].Index <= ModifiersReach; i--)
        {
            var before = earlier[Math.Max(0, mentions[i].Index - 60)..mentions[i].Index];
            if (DefiniteBeforeRegex().IsMatch(before)) continue;
            if (IndefiniteModifiersRegex().Match(before) is not { Success: true } m) return null;
            var modifiers = Tokenizer.Tokenize(m.Groups["mods"].Value).Select(t => t.Text).ToList();
            var tags = PosTagger.Default.Tag([.. modifiers, noun]);
            if (modifiers.Any(TimeWords.Contains)) return null;
            if (!Enumerable.Range(0, modifiers.Count).All(k => tags[k] is "JJ" or "NN" or "NNS" or "NNP" or "CD" or "$" || modifiers[k] is "-")) return null;
            var says = Enumerable.Range(0, modifiers.Count).Any(k => tags[k] is "CD" or "$" || tags[k].StartsWith("NN", StringComparison.Ordinal) || char.IsDigit(modifiers[k][0]));
            return says ? m.Groups["mods"].Value.Trim() : null;
        }

        return null;
    }

    // How many characters back the mention that gives the modifiers may stand: about four sentences of news.
    private const int ModifiersReach = 600;

    // "the bill", "the rescue bill" just before the mention.
    [GeneratedRegex(@"\bthe\s+(?:[\w$-]+\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex DefiniteBeforeRegex();

    // "a $14 billion rescue ", "an energy ": an indefinite article and up to four words, right before the mention.
    [GeneratedRegex(@"\b(?:a|an)\s+(?<mods>(?:[$£€]?[\w.,-]+\s+){1,4})$", RegexOptions.IgnoreCase)]
    private static partial Regex IndefiniteModifiersRegex();

    // How many characters after a mention are read for its complement.
    private const int ReadAhead = 90;

    // "of the slick's spread": a preposition, then determiners, modifiers and nouns, ending on a noun.
    private static string? Read(string text)
    {
        var tokens = Tokenizer.Tokenize(text).Select(t => t.Text).ToList();
        if (tokens.Count < 2 || !Complements.Contains(tokens[0])) return null;
        var tags = PosTagger.Default.Tag(tokens);
        var end = 1;
        // A capitalised determiner opens the next sentence of a title that had no full stop.
        while (end < tokens.Count && end <= MaxComplementWords && ((PhraseTags.Contains(tags[end]) && !(tags[end] == "DT" && char.IsUpper(tokens[end][0])))
            || (tokens[end] is "of" && end > 1))) end++;
        // What follows must end the phrase: a verb or a clause after a cut noun would be torn apart.
        if (end < tokens.Count && end > MaxComplementWords) return null;
        // A phrase that does not end on its noun, or that runs on into a word no phrase ends before ("a limit on fish
        // [catches]" with "catches" read as a verb), was cut.
        if (!tags[end - 1].StartsWith("NN", StringComparison.Ordinal)) return null;
        if (end < tokens.Count && !Followers.Contains(tags[end]) && !Auxiliaries.Contains(tokens[end])) return null;
        if (end <= 1 || tokens.Take(end).Any(TimeWords.Contains)) return null;
        // "the statue on Oslo [Street]": a name that goes on is cut; "for their actions": whose is not said.
        if (end < tokens.Count && char.IsUpper(tokens[end][0])) return null;
        if (tags.Take(end).Any(t => t == "PRP$")) return null;
        return string.Join(' ', tokens.Take(end)).Replace(" 's", "'s", StringComparison.Ordinal).Replace(" ’s", "’s", StringComparison.Ordinal);
    }

    private const int MaxComplementWords = 6;

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase) { "is", "was", "were", "are", "has", "had", "have", "will", "would" };

    // "a map", "an interactive map", "another hearing" just before the mention.
    [GeneratedRegex(@"\b(?:a|an|another)\s+(?:[\w-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex IndefiniteBeforeRegex();
}
