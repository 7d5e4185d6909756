namespace Timeline.Extract.Events;

/// <summary>
/// "The WHO has followed suit, renaming the virus", "Fjord Shipping followed suit on Tuesday": a predicate that stands for one
/// told before it (a pro-form of the verb phrase, as "did the same" is) says only that someone did as another did. What was done
/// is in another clause, so a title that ends there ("WHO has followed suit") tells no happening a reader can follow.
/// ("do" is never a trigger, so "did so" and "did the same" give no event to begin with.) Pure.
/// </summary>
public static class ProVerbPhrase
{
    /// <summary>Whether the verb <paramref name="verb"/> with the predicate words <paramref name="tail"/> stands for another's predicate.</summary>
    public static bool Holds(string verb, IReadOnlyList<string> tail)
    {
        ArgumentNullException.ThrowIfNull(verb);
        ArgumentNullException.ThrowIfNull(tail);
        var words = tail.Select(w => w.ToLowerInvariant()).ToList();
        // "followed suit too", "followed suit as well".
        if (words.Count >= 2 && words[^2] == "as" && words[^1] == "well") words.RemoveRange(words.Count - 2, 2);
        if (words.Count >= 2 && words[^1] is "too" or "also") words.RemoveAt(words.Count - 1);
        return words is ["suit"] && VerbLemma.Candidates(verb.ToLowerInvariant()).Append(verb.ToLowerInvariant()).Contains("follow");
    }
}
