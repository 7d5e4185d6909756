using System.Globalization;
using System.Text;

namespace Timeline.Evaluation;

/// <summary>
/// Writes errors grouped by kind, each group led by its most frequent patterns (missed texts,
/// wrong value shapes...) so the next improvement is obvious, then every error with its context.
/// </summary>
public static class TimexErrorReport
{
    private const int TopPatterns = 15;

    public static string Format(IReadOnlyList<TimexError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var output = new StringBuilder();
        var counts = string.Join(", ", Enum.GetValues<TimexErrorKind>().Select(k => $"{errors.Count(e => e.Kind == k)} {Title(k)}"));
        output.Append(CultureInfo.InvariantCulture, $"{errors.Count} error(s): {counts}\n");
        foreach (var kind in Enum.GetValues<TimexErrorKind>())
        {
            var group = errors.Where(e => e.Kind == kind).ToList();
            if (group.Count == 0) continue;
            output.Append(CultureInfo.InvariantCulture, $"\n== {Title(kind)}: {group.Count} ==\n");
            output.Append(CultureInfo.InvariantCulture, $"most frequent ({PatternName(kind)}):\n");
            var patterns = group.GroupBy(Pattern, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(TopPatterns);
            foreach (var p in patterns)
            {
                output.Append(CultureInfo.InvariantCulture, $"{p.Count(),6}  {p.Key}\n");
            }

            output.Append("all:\n");
            foreach (var e in group.OrderBy(e => e.Document, StringComparer.Ordinal).ThenBy(e => e.Start))
            {
                output.Append(CultureInfo.InvariantCulture, $"  {e.Document}  gold: {Gold(e)}  system: {System(e)}  | {e.Context}\n");
            }
        }

        return output.ToString();
    }

    private static string Title(TimexErrorKind kind) => kind switch
    {
        TimexErrorKind.Missed => "missed",
        TimexErrorKind.Spurious => "spurious",
        TimexErrorKind.WrongExtent => "wrong extent",
        TimexErrorKind.WrongValue => "wrong value",
        _ => "wrong type",
    };

    private static string PatternName(TimexErrorKind kind) => kind switch
    {
        TimexErrorKind.Missed => "gold text",
        TimexErrorKind.Spurious => "system text",
        TimexErrorKind.WrongExtent => "gold text -> system text",
        TimexErrorKind.WrongValue => "gold value shape -> system value shape, digits as 9",
        _ => "gold type -> system type",
    };

    /// <summary>The key errors are counted by: texts lower-cased, values by shape since dates differ per document.</summary>
    private static string Pattern(TimexError e) => e.Kind switch
    {
        TimexErrorKind.Missed => Quote(e.Gold!.Text.ToLowerInvariant()),
        TimexErrorKind.Spurious => Quote(e.System!.Text.ToLowerInvariant()),
        TimexErrorKind.WrongExtent => $"{Quote(e.Gold!.Text.ToLowerInvariant())} -> {Quote(e.System!.Text.ToLowerInvariant())}",
        TimexErrorKind.WrongValue => $"{Shape(e.Gold!.Value)} -> {Shape(e.System!.Value)}",
        _ => $"{e.Gold!.Type} -> {e.System!.Type}",
    };

    private static string Gold(TimexError e) => e.Gold is { } g ? $"{Quote(g.Text)} {g.Type} {g.Value}{Mod(g.Mod)}" : "-";

    private static string System(TimexError e) => e.System is { } s ? $"{Quote(s.Text)} {s.Type} {s.Value}{Mod(s.Mod)}" : "-";

    private static string Mod(string? mod) => string.IsNullOrEmpty(mod) ? "" : $" mod={mod}";

    private static string Quote(string text) => $"\"{string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))}\"";

    private static string Shape(string value) => value.Length == 0 ? "(empty)" : string.Concat(value.Select(c => char.IsAsciiDigit(c) ? '9' : c));
}
