using Timeline.Diagnostics;
using Timeline.Model;

namespace Timeline.Ingest;

/// <summary>What parsing one article file's text gave, as the articles' <see cref="IO.ParseMemo"/> keeps it.</summary>
internal sealed record ArticleRead
{
    /// <summary>The article, or null when the text could not be used.</summary>
    public Article? Article { get; init; }

    /// <summary>What parsing it reported, in order.</summary>
    public required List<Diagnostic> Diagnostics { get; init; }
}
