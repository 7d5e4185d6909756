using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Timeline.Diagnostics;
using Timeline.Evaluation;
using Timeline.Extract.Time;
using Timeline.Ingest;

namespace Timeline.Benchmarks;

/// <summary>
/// Reads every candidate window of a TimeML corpus and of a Timeline17 corpus with the recogniser and with the fast
/// engine for the common shapes (<see cref="Timeline.Extract.Time.Shapes.ShapeReader"/>), in one pass each, and counts
/// the windows the fast engine takes, the recogniser time they took, and every window where the two differ (printed,
/// with the reference date). Then tags every document with and without the fast engine and compares the mentions.
/// Optionally writes each window's readings and recogniser time as JSON lines for a study of the shapes.
/// </summary>
internal static class TimexWindowsBenchmark
{
    public static int Run(string timeml, string tls, string? dump, TextWriter output)
    {
        var documents = TimeMlDocuments(timeml).Concat(TlsDocuments(tls)).ToList();
        output.Write(Invariant($"{documents.Count} documents, {documents.Sum(d => d.Text.Length) / 1024.0:0.0} KB\n"));
        var windows = new List<(string Window, DateTime Anchor)>();
        var seen = new HashSet<(string, DateTime)>();
        foreach (var (_, text, reference) in documents)
        {
            foreach (var (_, window) in TemporalTagger.Windows(text))
            {
                foreach (var anchor in Anchors(reference))
                {
                    if (seen.Add((window, anchor))) windows.Add((window, anchor));
                }
            }
        }

        output.Write(Invariant($"{windows.Count} distinct (window, reference date) pairs\n"));
        var model = Extract.Time.Recognition.EnglishDateTimeModel.Create(DateTimeOptions.None);
        var readings = new List<List<ModelResult>>(windows.Count);
        var times = new List<double>(windows.Count);
        var clock = new Stopwatch();
        foreach (var (window, anchor) in windows)
        {
            clock.Restart();
            readings.Add(model.Parse(window, anchor));
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        output.Write(Invariant($"recogniser: {times.Sum() / 1000:0.00} s over all windows\n"));
        if (dump is not null) Dump(dump, windows, readings, times);
        return Compare(windows, readings, times, documents, output);
    }

    private static int Compare(List<(string Window, DateTime Anchor)> windows, List<List<ModelResult>> readings, List<double> times,
        List<(string Name, string Text, DateOnly? Reference)> documents, TextWriter output)
    {
        var reader = new Extract.Time.Shapes.ShapeReader();
        var (taken, differences, takenTime) = (0, 0, 0.0);
        var clock = Stopwatch.StartNew();
        var fast = new List<List<ModelResult>?>(windows.Count);
        foreach (var (window, anchor) in windows) fast.Add(reader.Read(window, anchor));
        var fastTime = clock.Elapsed;
        for (var i = 0; i < windows.Count; i++)
        {
            if (fast[i] is not { } mine) continue;
            taken++;
            takenTime += times[i];
            var (a, b) = (Canonical(readings[i]), Canonical(mine));
            if (a == b) continue;
            differences++;
            output.Write(Invariant($"DIFF [{windows[i].Window}] @{windows[i].Anchor:yyyy-MM-dd}\n  recogniser: {a}\n  fast:       {b}\n"));
        }

        output.Write(Invariant($"fast engine: took {taken} of {windows.Count} windows ({100.0 * taken / windows.Count:0.0}%), ") +
            Invariant($"whose recogniser time was {takenTime / 1000:0.00} s of {times.Sum() / 1000:0.00} s ({100 * takenTime / times.Sum():0.0}%); ") +
            Invariant($"fast engine over all windows {fastTime.TotalMilliseconds:0} ms; differences: {differences}\n"));
        var mentionDifferences = CompareDocuments(documents, output);
        return differences + mentionDifferences == 0 ? 0 : 1;
    }

    // The whole tagger with and without the fast engine: range ends read again and the memo included.
    private static int CompareDocuments(List<(string Name, string Text, DateOnly? Reference)> documents, TextWriter output)
    {
        var (plain, fast) = (new TemporalTagger(fastShapes: false), new TemporalTagger(fastShapes: true));
        var differences = 0;
        foreach (var (name, text, reference) in documents)
        {
            var a = string.Join("\n", plain.Tag(text, reference).Select(Describe));
            var b = string.Join("\n", fast.Tag(text, reference).Select(Describe));
            if (a == b) continue;
            differences++;
            output.Write($"MENTIONS DIFFER in {name}\n");
        }

        output.Write(Invariant($"documents tagged with and without the fast engine: {documents.Count}, differing: {differences}\n"));
        return differences;
    }

    private static string Describe(TimeMention m) =>
        Invariant($"{m.Start}+{m.Text.Length} {m.Kind} ") + string.Join(";", m.Candidates.Select(c => Invariant($"{c.Timex}|{c.Mod}|{c.Start}|{c.End}|{c.Value}")));

    internal static string Canonical(List<ModelResult> results)
    {
        var text = new StringBuilder();
        foreach (var r in results)
        {
            text.Append(Invariant($"{{{r.Start}-{r.End} '{r.Text}' {r.TypeName} "));
            if (r.Resolution?.GetValueOrDefault("values") is IEnumerable<Dictionary<string, string>> values)
            {
                foreach (var v in values) text.Append('[').AppendJoin(",", v.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")).Append(']');
            }

            text.Append('}');
        }

        return text.ToString();
    }

    private static void Dump(string path, List<(string Window, DateTime Anchor)> windows, List<List<ModelResult>> readings, List<double> times)
    {
        using var writer = new StreamWriter(path);
        for (var i = 0; i < windows.Count; i++)
        {
            var results = readings[i].Select(r => new
            {
                r.Start, r.End, r.Text, r.TypeName,
                Values = r.Resolution?.GetValueOrDefault("values") as IEnumerable<Dictionary<string, string>>,
            });
            writer.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { windows[i].Window, Anchor = windows[i].Anchor.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Ms = times[i], Results = results }));
        }
    }

    private static IEnumerable<DateTime> Anchors(DateOnly? reference) => reference is { } r
        ? [r.ToDateTime(TimeOnly.MinValue)]
        : [new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Unspecified), new DateTime(2011, 7, 15, 0, 0, 0, DateTimeKind.Unspecified)];

    private static IEnumerable<(string Name, string Text, DateOnly? Reference)> TimeMlDocuments(string corpus)
    {
        var reader = new TimeMlReader();
        var diagnostics = new DiagnosticBag();
        foreach (var folder in Directory.EnumerateDirectories(corpus).Order(StringComparer.Ordinal))
        {
            foreach (var relative in TimeMlFiles.Find(folder))
            {
                if (reader.Read(Path.Combine(folder, relative), diagnostics) is { } document) yield return (relative, document.Text, document.Dct);
            }
        }
    }

    private static IEnumerable<(string Name, string Text, DateOnly? Reference)> TlsDocuments(string corpus)
    {
        var reader = new ArticleReader(ArticleReaderOptions.Default);
        foreach (var topic in Directory.EnumerateDirectories(corpus).Order(StringComparer.Ordinal))
        {
            var articles = Path.Combine(topic, "articles");
            if (!Directory.Exists(articles)) continue;
            foreach (var article in reader.ReadFolder(articles, new DiagnosticBag())) yield return (article.Path, article.Body, article.Date);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
