namespace Timeline.Evaluation.Tls;

/// <summary>One task's system timeline and PUBCOUNT baseline, each with its scores.</summary>
public sealed record TlsResult
{
    public required TlsTask Task { get; init; }

    public required TlsTimeline System { get; init; }

    public required TlsScores SystemScores { get; init; }

    public required TlsScores BaselineScores { get; init; }
}
