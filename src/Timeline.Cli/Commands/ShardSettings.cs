using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Timeline.Pipeline;

namespace Timeline.Cli.Commands;

/// <summary>Arguments of <c>timeline extract</c>: those of build, and <c>--shard I/N</c>.</summary>
public sealed class ShardSettings : BuildSettings
{
    [CommandOption("--shard <I/N>")]
    [Description("Extract only share I of N (1 <= I <= N) of the articles, into the cache, and write nothing else; " +
        "then 'build --from-cache' (with every share's cache) merges them")]
    public string? Shard { get; init; }

    public override ValidationResult Validate()
    {
        if (Shard is null) return base.Validate();
        if (Pipeline.Shard.Parse(Shard) is null)
        {
            return ValidationResult.Error($"--shard must be I/N, share I of N with 1 <= I <= N (for example 1/4 ... 4/4), not '{Shard}'");
        }

        if (FromCache || NoCache)
        {
            return ValidationResult.Error($"--shard cannot go with {(FromCache ? "--from-cache" : "--no-cache")}: a shard extracts its share into the cache");
        }

        return base.Validate();
    }

    public override BuildOptions ToOptions() => base.ToOptions() with { Shard = Shard is null ? null : Pipeline.Shard.Parse(Shard) };
}
