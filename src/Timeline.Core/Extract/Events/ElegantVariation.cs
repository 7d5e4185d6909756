namespace Timeline.Extract.Events;

/// <summary>
/// "demanded an apology from the presenter", "was given four milligrams of the drug", "are due to headline the concert": news names a
/// person or a thing once and then refers back to it by what it is (the elegant variation of newswriting: "the singer", "the
/// sedative"). A title that keeps such a phrase leaves the reader to guess whom or what it means, so it does not stand alone. The
/// story's own subject ("the virus", "the spill") is no such phrase, and a firm referred to by kind ("the oil giant") is named in the
/// title by <see cref="SubjectFinder"/>'s company in title. Pure.
/// </summary>
public static class ElegantVariation
{
    // Nouns that name a person by a trade and a thing by its kind, that news uses to refer back. An office ("the PM", "the minister") is
    // another matter: its holder is one person the article may name, whom RoleHolder finds.
    private static readonly HashSet<string> Referring = new(StringComparer.OrdinalIgnoreCase)
    {
        "presenter", "host", "singer", "star", "actor", "actress", "rapper", "performer", "comedian", "musician",
        "concert", "drug", "medication", "medicine", "sedative",
    };

    /// <summary>Whether the title words <paramref name="tail"/> after the verb hold such a phrase.</summary>
    public static bool Holds(IReadOnlyList<(string Word, string Tag)> tail)
    {
        ArgumentNullException.ThrowIfNull(tail);
        for (var k = 0; k < tail.Count; k++)
        {
            if (!tail[k].Word.Equals("the", StringComparison.OrdinalIgnoreCase)) continue;
            var head = k + 1;
            // "the pop star", "the new drug": adjectives before the head.
            while (head + 1 < tail.Count && tail[head].Tag.StartsWith("JJ", StringComparison.Ordinal)) head++;
            if (head >= tail.Count) break;
            if (!Referring.Contains(tail[head].Word)) continue;
            // "the star of the show", "the singer Ida Berg", "the presenter's": the phrase goes on to say which, or is a possessive
            // ("the concert's timing"), which still refers back.
            var next = head + 1 < tail.Count ? tail[head + 1] : default;
            if (next.Word is "of" || (next.Tag is "NNP" or "NNPS") || (next.Word is not null && next.Tag.StartsWith("NN", StringComparison.Ordinal))) continue;
            return true;
        }

        return false;
    }
}
