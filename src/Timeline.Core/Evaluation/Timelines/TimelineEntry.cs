namespace Timeline.Evaluation.Timelines;

/// <summary>One line of a SemEval-2015 timeline: an event (token id) with its date and rank.</summary>
public sealed record TimelineEntry
{
    /// <summary>Ascending order of time; equal ranks are simultaneous; 0 is undated (not scored).</summary>
    public required int Rank { get; init; }

    /// <summary><c>YYYY-MM-DD</c>, <c>YYYY-MM</c>, <c>YYYY</c> or <c>XXXX-XX-XX</c>, compared as opaque strings.</summary>
    public required string Date { get; init; }

    /// <summary>Token id <c>docid-sentence-token</c> of the event's trigger.</summary>
    public required string Token { get; init; }
}
