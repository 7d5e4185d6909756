using System.Text.RegularExpressions;
using Timeline.Extract.Text;

namespace Timeline.Extract.Events;

/// <summary>
/// Whether an article is a piece of opinion writing (a letter, a column, an op-ed, a readers' comment page) rather than a
/// news report. A report attributes: its sentences say who said what ("said", "according to", quotations). An opinion piece
/// argues in the writer's own voice: many of its sentences have "I", "we", "my", "our" outside any quotation, and few
/// attribute. A quotation that runs on over several sentences of a paragraph is still a quotation, so the first person
/// of a speaker quoted at length does not count. A transcript, whose speakers are named by labels ("HOST:", "Q:"), or a
/// text presented as someone's remarks or testimony speaks in its speakers' voice, not the writer's, and is not opinion.
/// Pure.
/// </summary>
internal static partial class OpinionPiece
{
    /// <summary>Fewest sentences an article needs before its voice can be judged.</summary>
    public const int MinSentences = 8;

    /// <summary>Share of sentences with a first-person word outside quotation marks from which the writer's voice dominates.</summary>
    public const double WriterShare = 0.25;

    /// <summary>Largest share of attributing sentences an opinion piece has; a report has more.</summary>
    public const double AttributionShare = 0.12;

    /// <summary>How many turns one speaker's label opens in a dialogue: an interview, a transcript, a live Q&amp;A.</summary>
    private const int MinTurns = 3;

    /// <summary>How many opening sentences may present the text as a transcript or someone's remarks.</summary>
    private const int OpeningSentences = 3;

    /// <summary>True when the article's <paramref name="sentences"/> read as opinion writing.</summary>
    public static bool Is(IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        if (sentences.Take(OpeningSentences).Any(s => PresentedRegex().IsMatch(s.Text))) return false;
        if (Dialogue(sentences)) return false;
        if (QuotedWhole(sentences)) return false;
        int counted = 0, writer = 0, attributed = 0;
        var paragraph = int.MinValue;
        var open = false;
        foreach (var sentence in sentences)
        {
            if (sentence.Paragraph != paragraph) (paragraph, open) = (sentence.Paragraph, false);
            var (outside, quoted, stillOpen) = Outside(sentence.Text, open);
            open = stillOpen;
            if (sentence.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length < 4) continue;
            counted++;
            if (FirstPersonRegex().IsMatch(outside)) writer++;
            if (quoted || AttributionRegex().IsMatch(outside)) attributed++;
        }

        return counted >= MinSentences && writer >= WriterShare * counted && attributed <= AttributionShare * counted;
    }

    /// <summary>
    /// Whether the text is a dialogue: one speaker's label ("HANNITY:", "Dr Baker:") opens several paragraphs. Labels that
    /// do not recur ("Airports: ...", "Stadiums: ...") head the items of a list, not a speaker's turns.
    /// </summary>
    private static bool Dialogue(IReadOnlyList<Sentence> sentences) =>
        sentences.Select(s => (s.Paragraph, Label: SpeakerLabelRegex().Match(s.Text)))
            .Where(l => l.Label.Success)
            .GroupBy(l => l.Label.Groups["name"].Value.ToUpperInvariant(), StringComparer.Ordinal)
            .Any(g => g.Select(l => l.Paragraph).Distinct().Count() >= MinTurns);

    /// <summary>
    /// Whether the text opens with a quotation that its first paragraph does not close: a statement or a speech given whole,
    /// in its speaker's voice.
    /// </summary>
    private static bool QuotedWhole(IReadOnlyList<Sentence> sentences)
    {
        if (sentences.Count == 0 || sentences[0].Text.TrimStart() is not ['"' or '“', ..]) return false;
        var open = false;
        foreach (var sentence in sentences.TakeWhile(s => s.Paragraph == sentences[0].Paragraph)) open = Outside(sentence.Text, open).Open;
        return open;
    }

    /// <summary>
    /// The words of <paramref name="sentence"/> outside quotation marks, given whether a quotation is open as it starts;
    /// whether it quotes anyone; and whether a quotation is still open at its end.
    /// </summary>
    private static (string Outside, bool Quoted, bool Open) Outside(string sentence, bool open)
    {
        var outside = new System.Text.StringBuilder(sentence.Length);
        var quoted = open;
        foreach (var c in sentence)
        {
            switch (c)
            {
                case '"': open = !open; quoted = true; outside.Append(' '); continue;
                case '“': open = true; quoted = true; outside.Append(' '); continue;
                case '”': open = false; quoted = true; outside.Append(' '); continue;
            }

            outside.Append(open ? ' ' : c);
        }

        return (outside.ToString(), quoted, open);
    }

    // "US" is the country; "I" as a pronoun is followed by a word, not a full stop ("World War I.").
    [GeneratedRegex(@"\b(?:I(?=\s+[a-z'’])|I'[a-z]+|I’[a-z]+|me|my|[Mm]yself|[Ww]e|us|[Oo]ur|[Oo]urselves|My)\b")]
    private static partial Regex FirstPersonRegex();

    [GeneratedRegex(@"\b(?:said|says|say|told|tells|added|according\s+to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AttributionRegex();

    // "This is a transcript of", "Following are remarks by", "the text of his testimony".
    [GeneratedRegex(@"\b(?:transcript|remarks|testimony|prepared\s+text|full\s+text)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PresentedRegex();

    // A speaker's label opening a turn, a few capitalised words before a colon: "HOST:", "JANE DOE, REPORTER:", "Q:",
    // "Anonymous:", "Jane Roe, Leeds Dr Smith:"; its last word names the speaker.
    [GeneratedRegex(@"^\s*(?:--\s*)?(?:[A-Z][\w.'’\-]*[ ,]+){0,5}(?<name>[A-Z][\w.'’\-]*)\s*:")]
    private static partial Regex SpeakerLabelRegex();
}
