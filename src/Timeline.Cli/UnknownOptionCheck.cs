using System.Reflection;
using Spectre.Console.Cli;
using Timeline.Diagnostics;

namespace Timeline.Cli;

/// <summary>
/// Refuses options the command does not have, naming the nearest one it does. Spectre's own strict parsing
/// does not know which command an unknown option was meant for; here the bound settings tell.
/// </summary>
internal sealed class UnknownOptionCheck : ICommandInterceptor
{
    public void Intercept(CommandContext context, CommandSettings settings)
    {
        var known = KnownOptions(settings.GetType());
        foreach (var group in context.Remaining.Parsed)
        {
            var written = group.Key.StartsWith('-') ? group.Key : (group.Key.Length == 1 ? "-" : "--") + group.Key;
            // One letter is too little to guess from: '-v' is not a typo of '-o'.
            var guess = written.StartsWith("--", StringComparison.Ordinal) ? NearestName.Closest(written, known.Where(k => k.StartsWith("--", StringComparison.Ordinal))) : null;
            var hint = guess is not null ? $" (did you mean '{guess}'?)" : "";
            throw new CommandLineMistakeException($"unknown option '{written}' for '{Command(context)}'{hint}; see 'timeline {Command(context)} --help'");
        }

        if (context.Remaining.Raw.Count > 0)
        {
            throw new CommandLineMistakeException($"unexpected argument '{context.Remaining.Raw[0]}' for '{Command(context)}'; see 'timeline {Command(context)} --help'");
        }
    }

    // Commands under a branch carry their whole path as data ("eval timex"); the others are their name.
    private static string Command(CommandContext context) => context.Data as string ?? context.Name;

    public static List<string> KnownOptions(Type settings) =>
        [.. settings.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => p.GetCustomAttribute<CommandOptionAttribute>())
            .Where(a => a is not null)
            .SelectMany(a => a!.LongNames.Select(n => "--" + n).Concat(a.ShortNames.Select(n => "-" + n)))
            .Order(StringComparer.Ordinal)];
}
