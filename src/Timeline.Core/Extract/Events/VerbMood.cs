namespace Timeline.Extract.Events;

/// <summary>What a verb group says about its event's reality and time, read from its auxiliaries.</summary>
public enum VerbMood
{
    /// <summary>"resigned", "was arrested", "has signed", "had agreed": it happened.</summary>
    Happened,

    /// <summary>"is negotiating", "continues to": under way at the time of writing.</summary>
    Ongoing,

    /// <summary>"will meet", "is to visit", "plans to sign", "is expected to": scheduled or announced.</summary>
    Planned,

    /// <summary>"meets", "agree": the simple present of news prose is habit, state or opinion, not a dated happening.</summary>
    Present,

    /// <summary>"could", "might", "should", "would" outside reported speech, "tried to", "wants to": not a fact.</summary>
    Hypothetical,

    /// <summary>A bare participle or infinitive with no finite verb ("signaling", "appointed by"): no clause of its own.</summary>
    NonFinite,
}
