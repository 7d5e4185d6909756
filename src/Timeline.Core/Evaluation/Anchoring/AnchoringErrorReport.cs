using System.Globalization;
using System.Text;

namespace Timeline.Evaluation.Anchoring;

/// <summary>
/// Lists the wrongly dated events, led by their most frequent kinds (how the dates differ, and what gave each),
/// then the gold anchored events no system event found, counted by EVENT class and by word.
/// </summary>
public static class AnchoringErrorReport
{
    private const int TopPatterns = 15;

    public static string Format(IReadOnlyList<AnchoringCorpus> corpora)
    {
        ArgumentNullException.ThrowIfNull(corpora);
        var prefix = corpora.Count > 1;
        var errors = corpora.SelectMany(c => c.Documents.SelectMany(d => d.Errors.Select(e => (Name: prefix ? $"{c.Name}/{d.Name}" : d.Name, Error: e)))).ToList();
        var missed = corpora.SelectMany(c => c.Documents.SelectMany(d => d.Missed)).ToList();
        var output = new StringBuilder();
        output.Append(CultureInfo.InvariantCulture, $"{errors.Count} wrongly dated, {missed.Count} missed gold anchored event(s)\n");

        output.Append(CultureInfo.InvariantCulture, $"\n== wrongly dated: {errors.Count} ==\n");
        output.Append("most frequent (how the dates differ; what gave the gold date; what gave the system date):\n");
        Counts(output, errors.Select(e => Kind(e.Error)), int.MaxValue);
        output.Append("all:\n");
        foreach (var (name, e) in errors)
        {
            output.Append(CultureInfo.InvariantCulture,
                $"  {name}  {Quote(e.Gold.Event.Text)}  gold: {e.Gold.Value} {GoldSource(e.Gold)}  system: {e.SystemDate.Value} {SystemSource(e)}  | {e.Context}\n");
        }

        output.Append(CultureInfo.InvariantCulture, $"\n== missed: {missed.Count} ==\n");
        output.Append("by EVENT class:\n");
        Counts(output, missed.Select(m => m.Event.Class.Length == 0 ? "(no class)" : m.Event.Class), int.MaxValue);
        output.Append("most frequent (gold text):\n");
        Counts(output, missed.Select(m => Quote(m.Event.Text.ToLowerInvariant())), TopPatterns);
        return output.ToString();
    }

    /// <summary>How the system date differs from the gold one, and where each came from.</summary>
    public static string Kind(AnchoringError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var gold = error.Gold.Value;
        var system = error.SystemDate.Value;
        var difference =
            system.Length < 4 || !system[..4].All(char.IsAsciiDigit) ? "undated"
            : gold.StartsWith(system, StringComparison.Ordinal) ? "less precise"
            : system[..4] != gold[..4] ? "other year"
            : system.Length >= 7 && system[4] == '-' && char.IsAsciiDigit(system[5]) ? (gold.Length >= 7 && system[..7] != gold[..7] ? "other month" : "other day")
            : "other period of the year";
        var goldBy = error.Gold.FromDct ? "gold DCT" : "gold time expression";
        var systemBy = error.SystemDate.Text is not null ? "system words" : error.SystemDate.Anchor is not null ? "system another event" : "system no words";
        return $"{difference}; {goldBy}; {systemBy}";
    }

    private static void Counts(StringBuilder output, IEnumerable<string> keys, int top)
    {
        var groups = keys.GroupBy(k => k, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(top);
        foreach (var g in groups)
        {
            output.Append(CultureInfo.InvariantCulture, $"{g.Count(),6}  {g.Key}\n");
        }
    }

    private static string GoldSource(GoldAnchor gold) => gold.FromDct ? "(DCT)" : $"({Quote(gold.TimexText)})";

    private static string SystemSource(AnchoringError e) =>
        e.SystemDate.Text is { } text ? $"({Quote(text)}, trigger {Quote(e.SystemTrigger)})"
        : e.SystemDate.Anchor is { } anchor ? $"(from event {anchor}, trigger {Quote(e.SystemTrigger)})"
        : $"(no words, trigger {Quote(e.SystemTrigger)})";

    private static string Quote(string text) => $"\"{string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))}\"";
}
