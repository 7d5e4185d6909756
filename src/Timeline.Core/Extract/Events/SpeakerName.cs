using Timeline.Extract.Actors;
using Timeline.Extract.Text;
using Timeline.Model;

namespace Timeline.Extract.Events;

/// <summary>
/// Who speaks when the words before a reporting verb are more than the speaker's noun phrase ("But Ida Berg said",
/// "Yesterday, Maersk's chairman Lars Holm said", "In Oslo, a rainy city, Ida Berg told reporters"): the person, organisation
/// or country named right before the verb, with only adverbs and times between, or right before an apposition set off
/// by commas ("Ida Berg, the minister, said"). Pure.
/// </summary>
public static class SpeakerName
{
    // Whether the name after this word heads the speaker's phrase: not the object of a preposition ("a spokesman for Maersk",
    // "a source in Norway"), not the last of a list ("filed by Greenpeace and WWF"), not a company after a noun it qualifies
    // in a relative clause ("the amount Maersk says it has paid"); a role before a person is theirs ("chairman Lars Holm").
    private static bool Heads(string word, string tag, bool opens, ActorKind kind) => tag switch
    {
        // "testified that Dr Holm told her": "that" opens the clause the name is the subject of.
        "IN" => word.Equals("that", StringComparison.OrdinalIgnoreCase),
        "TO" => false,
        "CC" => opens,
        "NN" or "NNS" => kind == ActorKind.Person || !char.IsLower(word[0]),
        _ => true,
    };

    /// <summary>
    /// The index of a speaker's "he", "she", "it" or "they" after a word that opens the sentence but is no part of the speaker's
    /// phrase: a conjunction ("But he said", "And they added") or the quotation mark a comma stood inside ("Calling it
    /// \"tragic,\" he said"); -1 when the words from <paramref name="start"/> to <paramref name="end"/> are not that.
    /// </summary>
    public static int OpenedPronoun(IReadOnlyList<TextSpan> tokens, IReadOnlyList<string> tags, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(tags);
        if (end - start < 2 || tokens[end - 1].Text.ToLowerInvariant() is not ("he" or "she" or "it" or "they")) return -1;
        if (end - start == 2 && tags[start] == "CC") return end - 1;
        return end - start >= 3 && tokens[end - 2].Text is "\"" or "”" or "'" or "’" && tokens[end - 3].Text == "," ? end - 1 : -1;
    }

    public static EventSubject? Nearest(List<TextSpan> tokens, IReadOnlyList<string> tags, int start, int end,
        IReadOnlyList<ResolvedMention> mentions, IReadOnlyDictionary<string, Actor> actors, Func<int, bool> inTime)
    {
        var k = end;
        while (k > start && (tags[k - 1].StartsWith("RB", StringComparison.Ordinal) || inTime(k - 1) || (k < end && inTime(k) && TimePhrase.Opens(tokens[k - 1].Text)))) k--;
        if (k > start && tokens[k - 1].Text == ",")
        {
            // The apposition's opening comma: the name stands before it.
            var open = k - 2;
            while (open > start && tokens[open].Text != ",") open--;
            if (open <= start) return null;
            k = open;
        }

        if (k <= start) return null;
        var last = tokens[k - 1];
        var named = mentions.FirstOrDefault(m => !m.Mention.IsDemonym && m.Mention.Start >= tokens[start].Start && m.Mention.End == last.Start + last.Length
            && actors[m.ActorId].Kind is ActorKind.Person or ActorKind.Organisation or ActorKind.Country or ActorKind.Group);
        if (named is null) return null;
        var first = tokens.FindIndex(t => t.Start >= named.Mention.Start);
        // "a source in the Emirates", "a spokeswoman for Dr Holm": the word before the phrase the name heads decides.
        var before = first - 1;
        while (before > start && (tags[before] == "DT" || (tags[before] == "NNP" && char.IsUpper(tokens[before].Text[0])))) before--;
        if (before >= start && !Heads(tokens[before].Text, tags[before], before == start, actors[named.ActorId].Kind)) return null;
        return new EventSubject { Kind = SubjectKind.Named, ActorIds = [named.ActorId], Display = actors[named.ActorId].Name, Token = first };
    }
}
