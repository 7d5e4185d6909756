namespace Timeline.Model;

/// <summary>A stretch of an article's body that is page furniture, not text (a menu, a listing, a block every page of the source repeats).</summary>
public sealed record SkippedRange
{
    /// <summary>0-based offset into <see cref="Article.Body"/>.</summary>
    public required int Start { get; init; }

    public required int Length { get; init; }
}
