namespace Timeline.Extract.Events;

/// <summary>
/// An event's PLOVER type from its verb pattern: the verb's class applies only when an actor does it; force
/// (ASSAULT, FIGHT, COERCE), consultation (CONSULT), aid (AID) and every type known only from the CAMEO dictionary (whose codes are one actor
/// acting on another: "warned Iran", not "issued a warning", "hit a high") only when it is done to an actor
/// the clause names; otherwise <c>other</c>, which beats a wrong type. Pure.
/// </summary>
public static class EventTyping
{
    // A consultation needs a partner too: "visited the Gulf" or "arrived in Houston" is a trip, not a meeting; and aid a
    // recipient: "sent test kits to Mexico" is aid, "sent a plane from Shanghai" or "sent me a link" is not.
    private static readonly HashSet<string> NeedsTarget = new(StringComparer.Ordinal) { "ASSAULT", "FIGHT", "COERCE", "THREATEN", "CONCEDE", "SANCTION", "CONSULT", "AID" };

    public static string TypeOf(TriggerMatch trigger, EventSubject subject, bool hasActorObject, string verbTag)
    {
        var type = trigger.Word.Type;
        if (type == "other" || !verbTag.StartsWith("VB", StringComparison.Ordinal)) return "other";
        // An unnamed agent of the law ("Tokyo prosecutors arrested Ghosn") acts by office on the actor it names; a hazard acts on no one.
        if (subject is { Kind: SubjectKind.Hazard, ActorIds.Count: 0 }) return "other";
        return (NeedsTarget.Contains(type) || trigger.Word.TypedByDictionary) && !hasActorObject ? "other" : type;
    }
}
