using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Timeline.Cli.Commands;

/// <summary>Arguments of <c>timeline tag</c>.</summary>
public sealed class TagSettings : CommandSettings
{
    [CommandArgument(0, "<path>")]
    [Description("TimeML files (.tml), plain text (.txt, with --dct) or folders of them, read recursively")]
    public string[] Paths { get; init; } = [];

    [CommandOption("--out <DIR>")]
    [Description("Folder for the annotated TimeML files, at the same relative paths. Default: tagged")]
    public string Out { get; init; } = "tagged";

    [CommandOption("--dct <YYYY-MM-DD>")]
    [Description("Document creation time for plain text, and for TimeML files that have none")]
    public string? Dct { get; init; }

    public DateOnly? DctDate => Dct is null ? null : DateOnly.ParseExact(Dct, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override ValidationResult Validate()
    {
        if (Dct is not null && !DateOnly.TryParseExact(Dct, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return ValidationResult.Error($"--dct must be a date like 1998-01-08, not '{Dct}'");
        }

        return Paths.Length == 0 ? ValidationResult.Error("give at least one file or folder to tag") : ValidationResult.Success();
    }
}
