using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace Timeline.Extract.Time;

/// <summary>
/// Finds time expressions with Microsoft.Recognizers.Text.DateTime. The model is costly to build
/// (~270 ms) and cheap to reuse (~6 ms per 2 KB), so one tagger serves a whole run; it is thread-safe.
/// Windows holding only the commonest shapes (a weekday, "March 3, 1998", "last week") are read by a fast engine that
/// gives the recogniser's own results (<see cref="Shapes.ShapeReader"/>).
/// </summary>
public sealed class TemporalTagger
{
    /// <summary>Pieces of text whose readings one tagger remembers (some 10 MB at most).</summary>
    internal const int MemoCapacity = 8192;

    private readonly RecognizerMemo<List<ModelResult>> _memo;

    public TemporalTagger()
        : this(fastShapes: true)
    {
    }

    /// <summary>A tagger that reads the common shapes itself (<see cref="Shapes.ShapeReader"/>) or gives every window to the recogniser.</summary>
    internal TemporalTagger(bool fastShapes)
    {
        var model = Recognition.EnglishDateTimeModel.Create(DateTimeOptions.None);
        var shapes = new Shapes.ShapeReader();
        _memo = fastShapes
            ? new(capacity: MemoCapacity, read: (text, anchor) => shapes.Read(text, anchor) ?? model.Parse(text, anchor))
            : new(capacity: MemoCapacity, read: model.Parse);
    }

    /// <summary>
    /// Finds the time expressions of <paramref name="text"/>. Without a reference date, expressions whose
    /// reading depends on it ("last week") keep their extent but get no candidate: they stay unresolved.
    /// </summary>
    public IReadOnlyList<TimeMention> Tag(string text, DateOnly? reference, CancellationToken cancellation = default)
    {
        if (reference is { } r) return Parse(text, r, cancellation);
        var first = Parse(text, new DateOnly(2000, 1, 1), cancellation);
        var second = Parse(text, new DateOnly(2011, 7, 15), cancellation);
        var readings = second.ToDictionary(m => (m.Start, m.Length), m => m);
        return [.. first.Select(m => readings.TryGetValue((m.Start, m.Length), out var other) && SameReadings(m, other) ? m : m with { Candidates = [] })];
    }

    private static bool SameReadings(TimeMention a, TimeMention b) =>
        a.Candidates.Select(c => c.Timex).SequenceEqual(b.Candidates.Select(c => c.Timex), StringComparer.Ordinal)
        && a.Candidates.Select(c => (c.Start, c.End, c.Value)).SequenceEqual(b.Candidates.Select(c => (c.Start, c.End, c.Value)));

    // The recogniser's cost grows faster than the length of its input, and a time expression never crosses a
    // sentence, so the text is parsed a sentence at a time, and of each sentence only the windows that can hold a
    // time expression (TimeCandidates): the same expressions for about half the time. The time budget of an
    // article is checked between windows.
    private List<TimeMention> Parse(string text, DateOnly reference, CancellationToken cancellation)
    {
        var mentions = new List<TimeMention>();
        foreach (var (offset, window) in Windows(text))
        {
            cancellation.ThrowIfCancellationRequested();
            Parse(text, offset, window, reference, mentions);
        }

        return mentions;
    }

    /// <summary>The pieces of <paramref name="text"/> the recogniser reads, with their offsets, in order.</summary>
    internal static IEnumerable<(int Offset, string Window)> Windows(string text)
    {
        foreach (var sentence in Text.SentenceSplitter.Split(text))
        {
            foreach (var (from, length) in Pieces(sentence.Text))
            {
                var piece = sentence.Text.Substring(from, length);
                foreach (var (at, size) in TimeCandidates.Windows(piece))
                {
                    yield return (sentence.Start + from + at, piece.Substring(at, size));
                }
            }
        }
    }

    private void Parse(string text, int offset, string chunk, DateOnly reference, List<TimeMention> mentions)
    {
        var anchor = reference.ToDateTime(TimeOnly.MinValue);
        foreach (var r in _memo.Read(chunk, anchor))
        {
            var start = offset + r.Start;
            var end = offset + r.End + 1; // ModelResult.End is inclusive
            if (start < 0 || end > text.Length || end <= start) continue;
            var mention = Mention(text, start, end, r);
            if (mention.Kind is "daterange" or "datetimerange" && Ends(text, mention, anchor) is { } ends)
            {
                mentions.AddRange(ends);
                continue;
            }

            mentions.Add(mention);
        }
    }

    /// <summary>Longest text given to the recogniser at once: news sentences are far shorter.</summary>
    internal const int MaxPiece = 1000;

    // A "sentence" past MaxPiece (a list, a table, text without stops) is parsed in pieces cut between words: the
    // recogniser's cost grows faster than its input, and the time budget is checked between pieces.
    internal static IEnumerable<(int From, int Length)> Pieces(string sentence)
    {
        var from = 0;
        while (sentence.Length - from > MaxPiece)
        {
            var cut = sentence.LastIndexOf(' ', from + MaxPiece, MaxPiece / 2);
            var end = cut > from ? cut : from + MaxPiece;
            if (char.IsHighSurrogate(sentence[end - 1])) end--;
            yield return (from, end - from);
            from = end;
        }

        yield return (from, sentence.Length - from);
    }

    private static TimeMention Mention(string text, int start, int end, ModelResult r) => new()
    {
        Start = start,
        Text = text[start..end],
        Kind = r.TypeName.Replace("datetimeV2.", "", StringComparison.Ordinal),
        Candidates = Candidates(r),
    };

    // A range whose two ends each read, on their own, as one whole time expression is two expressions.
    private List<TimeMention>? Ends(string text, TimeMention range, DateTime anchor)
    {
        if (RangeEnds.Split(range.Text) is not { } split) return null;
        var ends = new List<TimeMention>(2);
        foreach (var (from, length) in new[] { split.First, split.Second })
        {
            var part = range.Text.Substring(from, length);
            var results = _memo.Read(part, anchor);
            if (results.Count != 1 || results[0].Start != 0 || results[0].End + 1 != part.Length) return null;
            ends.Add(Mention(text, range.Start + from, range.Start + from + length, results[0]));
        }

        return ends;
    }

    private static List<TimexCandidate> Candidates(ModelResult r)
    {
        var list = new List<TimexCandidate>();
        if (r.Resolution is null || !r.Resolution.TryGetValue("values", out var values) || values is not IEnumerable<Dictionary<string, string>> items)
        {
            return list;
        }

        foreach (var d in items)
        {
            if (!d.TryGetValue("timex", out var timex)) continue;
            list.Add(new TimexCandidate
            {
                Timex = timex,
                Mod = d.GetValueOrDefault("Mod"),
                Start = ParseDate(d.GetValueOrDefault("start")),
                End = ParseDate(d.GetValueOrDefault("end")),
                Value = ParseDate(d.GetValueOrDefault("value")),
            });
        }

        return list;
    }

    private static DateOnly? ParseDate(string? s)
    {
        if (s is null || s.Length < 10) return null;
        return DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }
}
