namespace Timeline.Extract.Actors;

/// <summary>Replaces each mention a rule reads as several names by those names, in place, keeping the order. Pure.</summary>
internal static class MentionParts
{
    /// <summary>
    /// The mentions, each one <paramref name="parts"/> splits (a non-null answer) replaced by its parts; the same list when none
    /// is split.
    /// </summary>
    public static List<ActorMention> Split(List<ActorMention> mentions, Func<ActorMention, ActorMention[]?> parts)
    {
        List<ActorMention>? split = null;
        foreach (var mention in mentions)
        {
            if (parts(mention) is not { } read)
            {
                split?.Add(mention);
                continue;
            }

            split ??= [.. mentions.TakeWhile(m => !ReferenceEquals(m, mention))];
            split.AddRange(read);
        }

        return split ?? mentions;
    }
}
