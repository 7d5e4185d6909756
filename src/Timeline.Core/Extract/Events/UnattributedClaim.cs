namespace Timeline.Extract.Events;

/// <summary>
/// "Prosecutors said Vell had sold the ferry", "He noted Holm was under investigation": what a speaker said another did is that
/// speaker's claim. When the text gives the speaker in a few plain words that name no actor and no one who speaks for a body (a
/// group, a description, a pronoun the tool cannot resolve), the event would tell the claim as fact and leave out whose it is: it
/// is not told. A pronoun subject ("The company said it would cut jobs") is the speaker itself; a spokesman or officials speak
/// on the record for the body the clause is about; a speaker named after the clause ("..., officials said") attributes news. Pure.
/// </summary>
public static class UnattributedClaim
{
    // A longer run before the verb of saying is more than its speaker ("The action comes as BP reported a loss and confirmed").
    private const int MaxSpeakerWords = 4;

    /// <summary>
    /// Whether <paramref name="report"/>, opened before the event's <paramref name="verb"/>, has a speaker written out in
    /// <paramref name="words"/> that no actor stands for (<paramref name="speakerIds"/> null, no word in a name per
    /// <paramref name="inName"/>) while the clause's subject is someone else.
    /// </summary>
    public static bool Holds(ReportedSpeech? report, int verb, IReadOnlyList<string>? speakerIds, SubjectKind subject, IReadOnlyList<string> words, Func<int, bool> inName)
    {
        if (report is not { } said || said.Index >= verb || speakerIds is not null || subject == SubjectKind.Pronoun) return false;
        var span = Enumerable.Range(said.SpeakerStart, said.SpeakerEnd - said.SpeakerStart).ToList();
        return span.Count is > 0 and <= MaxSpeakerWords
            && span.TrueForAll(k => words[k].All(char.IsLetter) && !inName(k) && !OfficialVoices.Contains(words[k]));
    }

    // Those who speak for a body on the record ("A spokesman said the firm would pay"): what they say is the body's news. An
    // adviser's, a lawyer's or unnamed sources' words stay their claims.
    private static readonly HashSet<string> OfficialVoices = new(StringComparer.OrdinalIgnoreCase)
    {
        "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople", "official", "officials",
        "representative", "representatives", "executive", "executives",
    };
}
