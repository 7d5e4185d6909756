namespace Timeline.Extract.Events;

/// <summary>What the text said just before a clause, for resolving "he", "it", "the talks" and "both sides".</summary>
public sealed record SubjectContext
{
    public static readonly SubjectContext Empty = new();

    /// <summary>The speaker when the clause is reported speech ("BP said it had ..."): "it" and "he" refer to them first.</summary>
    public EventSubject? Speaker { get; init; }

    /// <summary>The clause is reported by a speaker the text names in words ("a spokesman for the agency said he ..."), whether or not it resolves to an actor.</summary>
    public bool Reported { get; init; }

    /// <summary>Persons named in the previous sentence and earlier in this one, in text order.</summary>
    public List<string> RecentPersons { get; init; } = [];

    /// <summary>Organisations named in the previous sentence and earlier in this one, in text order.</summary>
    public List<string> RecentOrganisations { get; init; } = [];

    /// <summary>Countries named in the previous sentence and earlier in this one, in text order.</summary>
    public List<string> RecentCountries { get; init; } = [];

    /// <summary>The firm the article is about (<see cref="SubjectFinder.StoryFirm"/>): "the company" where no sentence near names one.</summary>
    public string? StoryFirm { get; init; }

    /// <summary>The country each firm was introduced with (<see cref="FirmNationality.Introduced"/>), by the firm's id.</summary>
    public IReadOnlyDictionary<string, string> FirmNationalities { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Who acted in the event told just before, in this sentence or the previous one: "he" and "it" continue with them first.</summary>
    public string? PreviousSubject { get; init; }

    /// <summary>
    /// The pronoun ("he" or "she") the previous sentence opened with when nothing told who it was, and the persons that sentence
    /// named besides: "He also stood in Jobs' place. He received $59 million": the second "he" goes on with the first, who is not
    /// the Jobs beside it.
    /// </summary>
    public (string Pronoun, List<string> Named)? UnresolvedOpener { get; init; }

    /// <summary>Earlier events of the article: (trigger lemma, actor ids), in text order.</summary>
    public List<(string Lemma, List<string> Actors)> EarlierEvents { get; init; } = [];
}
