using System.Text.RegularExpressions;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Timeline.Cli;

/// <summary>Reports a mistake on the command line, or a crash, on standard error in one line.</summary>
internal static partial class CommandLineErrors
{
    /// <summary>The exit code of a command line that could not be run as written.</summary>
    public const int UsageExitCode = 2;

    public static int Report(Exception ex, ErrorOutput errors)
    {
        switch (ex)
        {
            case CommandLineMistakeException mistake:
                errors.Line($"timeline: error: {mistake.Message}");
                return UsageExitCode;
            case CommandAppException app:
                errors.Line($"timeline: error: {Sentence(app.Message)}{Hint(app)}");
                return UsageExitCode;
            default:
                // A bug: the whole exception, to report it.
                errors.Line($"timeline: internal error: {ex}");
                return 1;
        }
    }

    private static string Sentence(string message)
    {
        var text = message.Trim().TrimEnd('.');
        return text.Length > 0 ? char.ToLowerInvariant(text[0]) + text[1..] : text;
    }

    // Spectre puts its suggestion ("Did you mean 'build'?") only in the rendered form of the error.
    private static string Hint(CommandAppException ex)
    {
        if (ex.Pretty is null) return "";
        var text = new StringWriter();
        var plain = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(text),
        });
        plain.Profile.Width = 1000;
        plain.Write(ex.Pretty);
        var match = Suggestion().Match(text.ToString());
        return match.Success ? $" ({char.ToLowerInvariant(match.Value[0])}{match.Value[1..]})" : "";
    }

    [GeneratedRegex(@"Did you (mean|forget) [^\n]*\?")]
    private static partial Regex Suggestion();
}
