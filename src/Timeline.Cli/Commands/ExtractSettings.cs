using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Timeline.Pipeline;

namespace Timeline.Cli.Commands;

/// <summary>Options of the commands that extract (build and extract): how many threads, and the extraction cache.</summary>
public class ExtractSettings : CommonSettings
{
    [CommandOption("--threads <N>")]
    [Description("Articles extracted at once; the output is the same for any N. Default: the number of processors")]
    public int Threads { get; init; } = Environment.ProcessorCount;

    [CommandOption("--no-cache")]
    [Description("Extract every article again instead of reading unchanged ones from the cache")]
    public bool NoCache { get; init; }

    [CommandOption("--cache <DIR>")]
    [Description("Extraction cache folder. Default: OUTPUT/.cache/extract")]
    public string? Cache { get; init; }

    [CommandOption("--article-timeout <SECONDS>")]
    [Description("Time budget of one article's extraction; past it the article is abandoned with an error (TL0202) and the others go on. 0: no limit. Default: 60")]
    public double ArticleTimeout { get; init; } = 60;

    [CommandOption("--follow-links")]
    [Description("Read linked articles whose target lies outside the input folder (by default they are skipped with a warning)")]
    public bool FollowLinks { get; init; }

    public override ValidationResult Validate()
    {
        if (Threads < 1)
        {
            return ValidationResult.Error($"--threads must be 1 or more, not {Threads}");
        }

        if (ArticleTimeout < 0 || double.IsNaN(ArticleTimeout) || ArticleTimeout > int.MaxValue / 1000.0)
        {
            return ValidationResult.Error($"--article-timeout must be a number of seconds from 0 (no limit) to {int.MaxValue / 1000}, not {ArticleTimeout}");
        }

        return base.Validate();
    }

    public override BuildOptions ToOptions() => base.ToOptions() with { Threads = Threads, UseCache = !NoCache, Cache = Cache, FollowLinks = FollowLinks,
        ArticleTimeout = ArticleTimeout == 0 ? Timeout.InfiniteTimeSpan : TimeSpan.FromSeconds(ArticleTimeout),
    };
}
