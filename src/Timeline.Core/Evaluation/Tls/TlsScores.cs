namespace Timeline.Evaluation.Tls;

/// <summary>The three Timeline17 scores of one system timeline: Date-F1, AR-1 and AR-2.</summary>
public sealed record TlsScores
{
    public required Prf Dates { get; init; }

    public required Prf Rouge1 { get; init; }

    public required Prf Rouge2 { get; init; }

    public static TlsScores Of(TlsTimeline system, TlsTimeline gold, RougeTokenizer tokenizer)
    {
        var (one, two) = AlignedRouge.Score(system, gold, tokenizer);
        return new TlsScores { Dates = DateF1.Score(system.Dates, gold.Dates), Rouge1 = one, Rouge2 = two };
    }
}
