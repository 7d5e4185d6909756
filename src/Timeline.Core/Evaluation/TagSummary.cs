namespace Timeline.Evaluation;

/// <summary>What a tagging run did: documents written, TIMEX3s found, characters of text read.</summary>
public sealed record TagSummary
{
    public required int Documents { get; init; }

    public required int Timexes { get; init; }

    public required long Characters { get; init; }
}
