using System.Text.RegularExpressions;

namespace Timeline.Extract.Text;

/// <summary>
/// Pull quotes: a page lifts a line of the article into a box marked "Start Quote" ... "End Quote" and captions it with the
/// speaker's name and role ("End Quote Ann Kerr Harbour master"). A scraped page glues the box into the running text with no
/// sentence punctuation: the quote repeats the article's words and the caption is a label, so neither is text to read, and the
/// sentence after the caption starts where the caption ends. Pure.
/// </summary>
public static partial class PullQuotes
{
    private const int MaxCaptionWords = 12;

    /// <summary>
    /// The spans (start, end) of pull quotes with their captions in <paramref name="paragraph"/>. A box opens at "Start Quote"
    /// or, when that marker was lost, at the paragraph's start; it counts only when its quote closes with a quotation mark or
    /// opened with the marker. The caption ends before the next sentence's opening quotation mark or capitalised function word
    /// ("The", "It", "Meanwhile"); a caption with no such end keeps only its quote and marker out of the text.
    /// </summary>
    public static IEnumerable<(int Start, int End)> Find(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        if (!paragraph.Contains("End Quote", StringComparison.Ordinal)) yield break;
        var from = 0;
        foreach (Match end in EndRegex().Matches(paragraph))
        {
            if (end.Index < from) continue;
            var opened = StartRegex().Match(paragraph, from, end.Index - from);
            var start = opened.Success ? opened.Index : from;
            if (!opened.Success && !ClosingMarkRegex().IsMatch(paragraph[from..end.Index])) continue;
            var afterMarker = end.Index + end.Length;
            var stop = CaptionEnd(paragraph, afterMarker);
            yield return (start, stop);
            from = stop;
        }
    }

    // The caption runs from the marker to the next sentence: an opening quotation mark or a capitalised closed-class word
    // after at least one word of the caption. Without one within a caption's length, the caption stays with the text;
    // a caption that ends the paragraph without a full stop is all caption.
    private static int CaptionEnd(string paragraph, int afterMarker)
    {
        var words = 0;
        Match? previous = null, last = null;
        foreach (Match w in WordRegex().Matches(paragraph, afterMarker))
        {
            if (words > 0 && (IsOpeningMark(w.Value[0]) || OpenerRegex().IsMatch(w.Value))) return w.Index;
            // "Ann Kerr, a harbour master, said": a name in apposition to an article opens a sentence, never a caption.
            if (words > 2 && w.Value is "a" or "an" or "the" && last!.Value.EndsWith(',') && IsCapitalised(last.Value) && IsCapitalised(previous!.Value))
            {
                return previous.Index;
            }

            if (++words > MaxCaptionWords) return afterMarker;
            previous = last;
            last = w;
        }

        return SentenceEndRegex().IsMatch(paragraph) ? afterMarker : paragraph.Length;
    }

    private static bool IsCapitalised(string word) => char.IsUpper(word[0]);

    private static bool IsOpeningMark(char c) => c is '"' or '“' or '‘';

    [GeneratedRegex(@"\s*\bEnd Quote\b", RegexOptions.CultureInvariant)]
    private static partial Regex EndRegex();

    [GeneratedRegex(@"\bStart Quote\b", RegexOptions.CultureInvariant)]
    private static partial Regex StartRegex();

    // The quote ends in a closing quotation mark right before the marker.
    [GeneratedRegex(@"[""”’]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ClosingMarkRegex();

    [GeneratedRegex(@"[.!?][""”’)]*\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEndRegex();

    [GeneratedRegex(@"\S+", RegexOptions.CultureInvariant)]
    private static partial Regex WordRegex();

    // Capitalised words that open a sentence and never a name or a role: articles, pronouns, prepositions, conjunctions,
    // sentence adverbs, number words.
    [GeneratedRegex(@"^(?:The|A|An|This|These|Those|That|There|It|He|She|They|We|I|You|His|Her|Their|Its|Our|In|On|At|As|After|Before|When|While|But|And|Yet|So|For|With|Some|Most|Many|If|Since|From|Apart|Meanwhile|However|Although|Though|Despite|During|Earlier|Later|Now|Then|Still|Also|Even|Asked|According|One|Other|Others|Such|What|Why|How|Where|Who|Instead|Under|Over|By|Both|Each|Every|No|Not|Only|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Several|Few|All|Any)[,']?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex OpenerRegex();
}
