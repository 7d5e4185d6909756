using System.Text;
using Timeline.Extract.Time;

namespace Timeline.Evaluation;

/// <summary>Turns an alignment into the list of errors a person reads to decide what to fix next.</summary>
public static class TimexErrorFinder
{
    private const int ContextChars = 40;

    public static IReadOnlyList<TimexError> Find(string document, string text, TimexAlignment alignment)
    {
        ArgumentNullException.ThrowIfNull(alignment);
        var errors = new List<TimexError>();
        errors.AddRange(alignment.Missed.Select(g => Error(TimexErrorKind.Missed, document, text, g, null)));
        errors.AddRange(alignment.Spurious.Select(s => Error(TimexErrorKind.Spurious, document, text, null, s)));
        foreach (var p in alignment.Pairs)
        {
            if (!p.SameExtent) errors.Add(Error(TimexErrorKind.WrongExtent, document, text, p.Gold, p.System));
            if (!p.SameValue) errors.Add(Error(TimexErrorKind.WrongValue, document, text, p.Gold, p.System));
            if (!p.SameType) errors.Add(Error(TimexErrorKind.WrongType, document, text, p.Gold, p.System));
        }

        return [.. errors.OrderBy(e => e.Kind).ThenBy(e => e.Start)];
    }

    private static TimexError Error(TimexErrorKind kind, string document, string text, GoldTimex? gold, Timex3? system)
    {
        var start = Math.Min(gold?.Start ?? int.MaxValue, system?.Start ?? int.MaxValue);
        var end = Math.Max(gold?.End ?? 0, system?.End ?? 0);
        return new TimexError { Kind = kind, Document = document, Gold = gold, System = system, Context = Context(text, start, end) };
    }

    /// <summary>About forty characters either side, cut at word boundaries, whitespace collapsed to single spaces.</summary>
    public static string Context(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var from = Math.Max(0, start - ContextChars);
        while (from > 0 && !char.IsWhiteSpace(text[from - 1])) from--;
        var to = Math.Min(text.Length, end + ContextChars);
        while (to < text.Length && !char.IsWhiteSpace(text[to])) to++;
        return Collapse($"{text[from..start]}[{text[start..end]}]{text[end..to]}").Trim();
    }

    private static string Collapse(string s)
    {
        var output = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (!char.IsWhiteSpace(c)) output.Append(c);
            else if (output.Length > 0 && output[^1] != ' ') output.Append(' ');
        }

        return output.ToString();
    }
}
