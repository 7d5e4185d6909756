namespace Timeline.Evaluation.Tls;

/// <summary>One date of a timeline to score and its sentences.</summary>
public sealed record TlsDay
{
    public required DateOnly Date { get; init; }

    public required List<string> Sentences { get; init; }
}
