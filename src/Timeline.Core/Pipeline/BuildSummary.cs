using Timeline.Render;
using Timeline.Store;

namespace Timeline.Pipeline;

/// <summary>What a run did, for the command line to report.</summary>
public sealed record BuildSummary
{
    public int Articles { get; init; }

    /// <summary>Articles extracted in this run; the others were read from the extraction cache.</summary>
    public int Extracted { get; init; }

    public int FromCache { get; init; }

    /// <summary>The share this run extracted (<c>extract --shard</c>), when it was one; <see cref="Articles"/> is then the share's count.</summary>
    public Shard? Shard { get; init; }

    /// <summary>With <see cref="Shard"/>: how many articles all the shares hold together.</summary>
    public int ShardOf { get; init; }

    /// <summary>With <see cref="Shard"/>: the cache folder the share was extracted into.</summary>
    public string? Cache { get; init; }

    /// <summary>Lines of page furniture the extraction read past (<see cref="Model.Article.Skipped"/>), and the articles they were in.</summary>
    public int FurnitureLines { get; init; }

    public int FurnitureArticles { get; init; }

    public int Events { get; init; }

    public int Actors { get; init; }

    public MergeReport? Merge { get; init; }

    /// <summary>Key dates stored in summary.yaml by this run, when it proposed a summary.</summary>
    public int? KeyDates { get; init; }

    /// <summary>No article could be read, or there was nothing to render, so nothing was written.</summary>
    public bool NothingWritten { get; init; }

    /// <summary>The timeline files have errors, so the site was not rendered; the files with errors and the previous site are as they were.</summary>
    public bool NotRendered { get; init; }

    /// <summary>The folder the site was rendered to, when it was.</summary>
    public string? Site { get; init; }

    /// <summary>The rendered site's pages and render time, when it was rendered.</summary>
    public SiteRenderResult? SiteRender { get; init; }
}
