using Timeline.Summarize;

namespace Timeline.Pipeline;

/// <summary>Where a run reads and writes, and the choices a user can make on the command line.</summary>
public sealed record BuildOptions
{
    public static BuildOptions Default { get; } = new();

    /// <summary>Folder of source articles, read recursively.</summary>
    public string Input { get; init; } = "seeds";

    /// <summary>Output folder: <c>events/</c>, <c>actors.yaml</c> and <c>site/</c>.</summary>
    public string Output { get; init; } = "output";

    /// <summary>Publication date for articles that state none.</summary>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>Whether linked articles whose target lies outside the input folder are read (<c>--follow-links</c>).</summary>
    public bool FollowLinks { get; init; }

    /// <summary>User templates layered in front of the built-in theme.</summary>
    public string? Templates { get; init; }

    public string SiteTitle { get; init; } = "Timeline";

    /// <summary>Site settings file; null for <c>timeline.yaml</c> beside the input folder, when there is one.</summary>
    public string? Config { get; init; }

    /// <summary>How many articles are extracted at once; the output is the same whatever the number.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Whether unchanged articles are read from the extraction cache instead of extracted again.</summary>
    public bool UseCache { get; init; } = true;

    /// <summary>Extraction cache folder; null for <c>.cache/extract/</c> in the output folder.</summary>
    public string? Cache { get; init; }

    /// <summary>
    /// How long the extraction of one article may run before it is abandoned with an error (TL0202); the others
    /// go on. <see cref="Timeout.InfiniteTimeSpan"/> for no limit.
    /// </summary>
    public TimeSpan ArticleTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Extract only this share of the articles into the cache, and write nothing else (<c>extract --shard I/N</c>);
    /// null for all of them.
    /// </summary>
    public Shard? Shard { get; init; }

    /// <summary>
    /// Take every article's extraction from the cache, extracting none: an article missing from it is an error and
    /// nothing is written (<c>--from-cache</c>, the merge after sharded runs).
    /// </summary>
    public bool FromCache { get; init; }

    /// <summary>How many key dates and sentences the key-events summary (summary.yaml) proposes.</summary>
    public SummaryOptions Summary { get; init; } = SummaryOptions.Default;

    public string SiteFolder => Path.Combine(Output, "site");

    public string CacheFolder => Cache ?? Path.Combine(Output, ".cache", "extract");
}
