using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Timeline.Pipeline;

namespace Timeline.Cli.Commands;

/// <summary>Options of the commands that extract (build and extract): how many threads.</summary>
public sealed class ExtractSettings : CommonSettings
{
    [CommandOption("--threads <N>")]
    [Description("Articles extracted at once; the output is the same for any N. Default: the number of processors")]
    public int Threads { get; init; } = Environment.ProcessorCount;

    public override ValidationResult Validate()
    {
        if (Threads < 1)
        {
            return ValidationResult.Error($"--threads must be 1 or more, not {Threads}");
        }

        return base.Validate();
    }

    public override BuildOptions ToOptions() => base.ToOptions() with { Threads = Threads };
}
