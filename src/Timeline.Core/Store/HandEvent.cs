namespace Timeline.Store;

/// <summary>An event a person adds from the command line (<c>timeline add</c>).</summary>
public sealed record HandEvent
{
    /// <summary>Any date form an events file accepts: <c>2023-08-20</c>, <c>~2023-08</c>, <c>2023?</c>, a range...</summary>
    public required string Date { get; init; }

    public required string Title { get; init; }

    /// <summary>The id to give it; by default made from the title.</summary>
    public string? Id { get; init; }

    public string? Summary { get; init; }

    /// <summary>Actor ids; each must be in actors.yaml.</summary>
    public List<string> Actors { get; init; } = [];

    public string? Place { get; init; }

    /// <summary>Where it was read; the event is filed with the article of that URL, or in a file of its own for it.</summary>
    public string? Url { get; init; }

    public string? Note { get; init; }
}
