using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>The actors of one article and every mention resolved to them.</summary>
public sealed record ArticleActors
{
    public required List<Actor> Actors { get; init; }

    public required List<ResolvedMention> Mentions { get; init; }
}
