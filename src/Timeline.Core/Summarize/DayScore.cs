namespace Timeline.Summarize;

/// <summary>How strongly a corpus points at one day, and how many articles report or refer to it.</summary>
public sealed record DayScore
{
    public required DateOnly Date { get; init; }

    public required double Salience { get; init; }

    public required int Articles { get; init; }
}
