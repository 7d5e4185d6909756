using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Timeline.Pipeline;

namespace Timeline.Cli.Commands;

/// <summary>Arguments of <c>timeline build</c>: those of every extracting command, and <c>--from-cache</c>.</summary>
public class BuildSettings : ExtractSettings
{
    [CommandOption("--from-cache")]
    [Description("Extract nothing: take every article's extraction from the cache, as 'extract --shard I/N' runs left it; " +
        "an article missing from it is an error (TL0203) and nothing is written")]
    public bool FromCache { get; init; }

    public override ValidationResult Validate()
    {
        if (FromCache && NoCache)
        {
            return ValidationResult.Error("--from-cache and --no-cache cannot go together: --from-cache reads every extraction from the cache");
        }

        return base.Validate();
    }

    public override BuildOptions ToOptions() => base.ToOptions() with { FromCache = FromCache };
}
