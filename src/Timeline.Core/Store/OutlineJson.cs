namespace Timeline.Store;

/// <summary>A <see cref="StoreOutline"/> as <see cref="IO.ParseMemo"/> keeps it: each id with where it is written.</summary>
internal sealed record OutlineJson
{
    public required List<MarkedId> Ids { get; init; }

    public required List<MarkedId> ActorRefs { get; init; }

    public required List<MarkedId> AnchorRefs { get; init; }

    public required List<string> Deleted { get; init; }

    public MarkedId? ArticleId { get; init; }
}
