namespace Timeline.Extract.Text.Pos;

/// <summary>The window of tags and lowercased tokens around one token that en-pos's post-Brill rules read.</summary>
internal sealed record PostBrillContext
{
    public required string Tag { get; init; }

    public required string Token { get; init; }

    public required string Prev1Tag { get; init; }

    public required string Prev2Tag { get; init; }

    public required string Prev3Tag { get; init; }

    public required string Next1Tag { get; init; }

    public required string Next2Tag { get; init; }

    public required string Prev1Token { get; init; }

    public required string Prev2Token { get; init; }

    public required string Next1Token { get; init; }

    public required string Next2Token { get; init; }

    public static PostBrillContext At(TagState s, int i) => new()
    {
        Tag = s.Tags[i],
        Token = s.Lower[i],
        Prev1Tag = s.TagOrEmpty(i - 1),
        Prev2Tag = s.TagOrEmpty(i - 2),
        Prev3Tag = s.TagOrEmpty(i - 3),
        Next1Tag = s.TagOrEmpty(i + 1),
        Next2Tag = s.TagOrEmpty(i + 2),
        Prev1Token = s.LowerOrEmpty(i - 1),
        Prev2Token = s.LowerOrEmpty(i - 2),
        Next1Token = s.LowerOrEmpty(i + 1),
        Next2Token = s.LowerOrEmpty(i + 2),
    };
}
