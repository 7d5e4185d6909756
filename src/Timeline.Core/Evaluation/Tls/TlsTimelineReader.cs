using System.Globalization;
using Timeline.Diagnostics;

namespace Timeline.Evaluation.Tls;

/// <summary>
/// Reads a gold timeline in the Timeline17 format. An entry whose date line is not a date is left out, with a
/// warning at that line: the rest of the timeline is still worth scoring against.
/// </summary>
public static class TlsTimelineReader
{
    public const string BadLine = "TL0550";

    public static TlsTimeline Read(string path, string text, DiagnosticBag diagnostics)
    {
        var days = new SortedDictionary<DateOnly, List<string>>();
        List<string>? current = null;
        var skipping = false;
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            if (line.Length >= 3 && line.All(c => c == '-'))
            {
                (current, skipping) = (null, false);
                continue;
            }

            if (skipping) continue;
            if (current is null)
            {
                if (!DateOnly.TryParseExact(line, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    diagnostics.Add(Diagnostic.Warning(BadLine, path, i + 1, 1, "expected a date line YYYY-MM-DD to start an entry; this entry is left out of the gold timeline"));
                    skipping = true;
                    continue;
                }

                // A date given twice is one date of the timeline, as the scorers read it.
                current = days.TryGetValue(date, out var earlier) ? earlier : days[date] = [];
                continue;
            }

            current.Add(line);
        }

        return new TlsTimeline { Days = [.. days.Select(d => new TlsDay { Date = d.Key, Sentences = d.Value })] };
    }
}
