using System.Text.RegularExpressions;

namespace Timeline.Extract.Events;

/// <summary>
/// What is said in a case, by a witness or by a side: "Cooper testified that Holm had given him the drug", "Berg told the jury
/// that she trusted him", "At the trial, Holm said Dahl took the dose himself", "Prosecutors said Holm had abandoned his
/// patient", "Holm's lawyers said he was out of the room". Court reporting attributes testimony and argument because the case
/// has yet to weigh it: what it says happened is one side's account, not a happening the timeline can state. What "the court
/// said" is its ruling and stays; so does what "Attorney General Eric Holder said", an office and not a side; and so does a plan a
/// lawyer announces ("his lawyer said he would appeal"), which the caller keeps by the reported clause's mood. Pure.
/// </summary>
public static partial class CaseArgument
{
    // Where a case is heard; said "in court", "at the trial", "told the jury".
    private static readonly HashSet<string> Proceedings = new(StringComparer.OrdinalIgnoreCase)
    {
        "court", "courtroom", "jury", "jurors", "trial", "inquest", "tribunal", "magistrates",
    };

    // The words that put a saying there: "in court", "at his trial", "told the jury", "during the inquest".
    private static readonly HashSet<string> Settings = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "during", "told", "tell", "tells", "telling", "before",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "his", "her", "their", "its", "this", "that",
    };

    private static readonly HashSet<string> Testifying = new(StringComparer.OrdinalIgnoreCase)
    {
        "testify", "testified", "testifies", "testifying", "testimony",
    };

    // Those who argue a side: "prosecutors", "the prosecution", "his lawyers", "defence attorney", "counsel for Holm".
    private static readonly HashSet<string> Advocates = new(StringComparer.OrdinalIgnoreCase)
    {
        "prosecutor", "prosecutors", "prosecution", "lawyer", "lawyers", "attorney", "attorneys", "counsel", "barrister", "barristers", "solicitor", "solicitors", "plaintiff", "plaintiffs", "defendant", "defendants",
    };

    private const int MaxSpeakerWords = 6;

    /// <summary>
    /// Whether the saying at <paramref name="report"/> is testimony or argument in a case: the words from
    /// <paramref name="from"/> to <paramref name="to"/> around it (the speaker, the saying and what comes between it and the
    /// reported clause) put it in court, or the speaker's words [<paramref name="speakerStart"/>,
    /// <paramref name="speakerEnd"/>) name a side's advocate.
    /// </summary>
    public static bool Holds(IReadOnlyList<string> words, int from, int to, int speakerStart, int speakerEnd)
    {
        ArgumentNullException.ThrowIfNull(words);
        from = Math.Max(0, from);
        to = Math.Min(words.Count, to);
        for (var k = from; k < to; k++)
        {
            if (Testifying.Contains(words[k])) return true;
            if (!Proceedings.Contains(words[k])) continue;
            // "in court", "told the jury", "at his trial": the place of the saying, not "the court said" (a ruling).
            var before = k - 1;
            if (before >= from && Determiners.Contains(words[before])) before--;
            if (before >= from && Settings.Contains(words[before])) return true;
        }

        return ByAdvocate(words, speakerStart, speakerEnd);
    }

    /// <summary>
    /// Whether the sentence <paramref name="sentence"/> goes on, right after the clause that ends at <paramref name="clauseEnd"/>,
    /// with "but" and a jury, a court or a judge ("..., but the jury decided that ...", "but a federal judge ruled ..."): what
    /// the clause reports was weighed and found against.
    /// </summary>
    public static bool Overruled(string sentence, int clauseEnd)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return clauseEnd >= 0 && clauseEnd < sentence.Length && OverruledRegex().IsMatch(sentence[clauseEnd..]);
    }

    [GeneratedRegex(@"^[\s,;]*but\s+(?:the\s+|a\s+)?(?:[a-z]+\s+)?(?:jury|jurors|court|judge|coroner|inquest|tribunal|magistrates?|appeals? court)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex OverruledRegex();

    // "Prosecutors said", "Mr Holm's attorneys said", "AEG's lawyer Kathy Jorrie told": the speaker, after any opening phrase set off
    // by a comma, is a short phrase naming a side's advocate. "Attorney General Eric Holder" holds an office and argues no side.
    private static bool ByAdvocate(IReadOnlyList<string> words, int start, int end)
    {
        start = Math.Max(0, start);
        end = Math.Min(words.Count, end);
        for (var k = end - 1; k >= start; k--)
        {
            if (words[k] is "," or ";" or ":") { start = k + 1; break; }
        }

        if (end - start is <= 0 or > MaxSpeakerWords) return false;
        for (var k = start; k < end; k++)
        {
            // "the defence said", "Holm's defense said": the side itself; "Defence Secretary Robert Gates" holds an office.
            if (words[k].ToLowerInvariant() is "defence" or "defense" && k == end - 1) return true;
            if (!Advocates.Contains(words[k])) continue;
            var next = k + 1 < end ? words[k + 1] : "";
            if (next.Equals("general", StringComparison.OrdinalIgnoreCase) || next.Equals("generals", StringComparison.OrdinalIgnoreCase)
                || words[k].EndsWith("-general", StringComparison.OrdinalIgnoreCase)) continue;
            return true;
        }

        return false;
    }
}
