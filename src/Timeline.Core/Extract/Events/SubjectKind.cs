namespace Timeline.Extract.Events;

/// <summary>How a clause names who acts.</summary>
public enum SubjectKind
{
    /// <summary>An actor by name ("BP", "Tony Hayward, the chief executive,").</summary>
    Named,

    /// <summary>"he", "she", "it", resolved to an actor the text named just before.</summary>
    Pronoun,

    /// <summary>"The visit", "the talks": an event named earlier acts again; its actors take part.</summary>
    EventAnaphor,

    /// <summary>"both sides", "the two countries": the actors of the event just told.</summary>
    Group,

    /// <summary>A plain noun phrase ("Leaders of twelve nations", "the Nordic summit"): told as written, least sure.</summary>
    Common,

    /// <summary>
    /// The state's or the law's agents, unnamed ("Tokyo prosecutors", "A federal judge"): they name no actor themselves; the happening
    /// is followed through the actor they act on, which the clause must name.
    /// </summary>
    Authority,

    /// <summary>
    /// A disaster or an attack whose agent the text does not name ("A magnitude 7.0 earthquake", "a car bomb", "Hurricane Ada"):
    /// no actor acts; the places it struck take part.
    /// </summary>
    Hazard,
}
