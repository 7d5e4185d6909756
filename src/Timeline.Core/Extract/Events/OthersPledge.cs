namespace Timeline.Extract.Events;

/// <summary>
/// "Ida Berg declared that parliament will pass a fishing law by August", "Holm vowed the council would back the plan": a
/// speaker who declares or vows what someone else will do gives a pledge of their own, not that other's plan. Told as "Parliament
/// will pass a fishing law", the title would state as settled what one person promised; it is not told. A pledge of the
/// speaker's own ("Maersk declared it will pay", "the council vowed it would") is the speaker's plan and stays. Pure.
/// </summary>
public static class OthersPledge
{
    private static readonly HashSet<string> PledgeVerbs = new(StringComparer.Ordinal)
    {
        "declare", "vow", "pledge", "promise", "swear", "guarantee", "assure", "avow", "insist",
    };

    /// <summary>
    /// Whether the reporting verb <paramref name="reportVerb"/> is one of pledging and the clause's named subject
    /// <paramref name="subjectIds"/> (null for a pronoun) shares no actor with the resolved speaker <paramref name="speakerIds"/>.
    /// </summary>
    public static bool Holds(string reportVerb, IReadOnlyList<string>? speakerIds, IReadOnlyList<string>? subjectIds)
    {
        if (speakerIds is not { Count: > 0 } || subjectIds is not { Count: > 0 }) return false;
        var lower = reportVerb.ToLowerInvariant();
        if (!VerbLemma.Candidates(lower).Append(lower).Any(PledgeVerbs.Contains)) return false;
        return !subjectIds.Any(speakerIds.Contains);
    }
}
