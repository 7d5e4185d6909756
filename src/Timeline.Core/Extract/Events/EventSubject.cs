namespace Timeline.Extract.Events;

/// <summary>Who acts in a clause, resolved to actors, and how a headline names them.</summary>
public sealed record EventSubject
{
    public required SubjectKind Kind { get; init; }

    /// <summary>The acting actors, first the principal one.</summary>
    public required List<string> ActorIds { get; init; }

    /// <summary>The words a headline begins with: the registry name, or the noun phrase as written for anaphors.</summary>
    public required string Display { get; init; }

    /// <summary>Index of the subject's first token in the clause.</summary>
    public required int Token { get; init; }
}
