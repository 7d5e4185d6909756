using System.Text.RegularExpressions;
using Timeline.Extract.Text;

namespace Timeline.Extract.Events;

/// <summary>
/// Splits a sentence into clauses that can each report one event: at semicolons, before
/// "while", "whereas" and "but", and before "and" that starts a new subject: a pronoun, a name with its title ("..., and Home
/// Secretary Priti Patel approved the extradition", "..., and then-Home Secretary ...") or a short definite phrase ("..., and
/// the team said it would appeal") right before a finite verb, or either with a phrase set off by commas before the verb ("..., and
/// his successor, Jeremy Hunt, reversed the measures"). Relative clauses
/// ("where ...", "which ...") stay out: they describe, they seldom report a new event. One set off by commas inside a clause
/// ("BP, which owns the well, agreed to pay") splits nothing: the clause goes on after it (<see cref="RelativeInsertion"/>).
/// A time right after "and" before a finite verb starts a clause of its own ("... and this year will implement the strategy"),
/// with or without a comma. A dateline is no clause.
/// </summary>
public static partial class ClauseSplitter
{
    public static List<TextSpan> Split(Sentence sentence)
    {
        var clauses = new List<TextSpan>();
        var text = sentence.Text;
        // "GENEVA (Reuters) - The agency raised its alert": the first clause starts after the dateline, at its subject.
        var cursor = Datelines.Length(text);
        var insertions = RelativeInsertion.Spans(text);
        // "But in June last year, the leadership had a falling out, and Pol Pot was arrested": a time fronted before the first
        // subject and set off by its comma dates both clauses "and" joins; split, the second would lose it.
        var fronted = FrontedTimeRegex().IsMatch(text.AsSpan(cursor));
        foreach (Match m in BoundaryRegex().Matches(text))
        {
            if (m.Index < cursor || insertions.Exists(r => m.Index >= r.Start && m.Index < r.End)) continue;
            if (fronted && m.Value.TrimStart(',').Trim() == "and" && !PronounAfterRegex().IsMatch(text.AsSpan(m.Index + m.Length))
                && !TimedConjunctRegex().IsMatch(text.AsSpan(m.Index + m.Length))) continue;
            Add(clauses, sentence, cursor, m.Index);
            cursor = m.Index + m.Length;
        }

        Add(clauses, sentence, cursor, text.Length);
        return clauses;
    }

    private static void Add(List<TextSpan> clauses, Sentence sentence, int from, int to)
    {
        var piece = sentence.Text[from..to].Trim();
        if (piece.Length == 0) return;
        if (RelativeRegex().IsMatch(piece)) return;
        var start = sentence.Start + from + sentence.Text[from..to].IndexOf(piece, StringComparison.Ordinal);
        clauses.Add(new TextSpan { Start = start, Text = piece.TrimEnd('.', '!', '?', ';', ':') });
    }

    // "has completed its review and this year will implement the strategy", "finished the bridge and next month will start on a tunnel":
    // a time right after "and" and before a finite verb is the second verb's; kept in one clause, it would date the first.
    private const string TimedConjunct = @"(?:(?:later|earlier|early|late)\s+)?(?:(?:this|next|last|that|in|on|by)\s+(?:year|month|week|weekend|spring|summer|autumn|fall|winter|morning|afternoon|evening|night|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d{4})|today|tomorrow|yesterday)\s+(?:will|would|has|have|had|is|are|was|were|said|plans|intends|\w+ed)\b";

    [GeneratedRegex(@";\s+|,?\s+and\s+(?=" + TimedConjunct + @")|,\s+(?=(?:while|whereas|but|where|which|who|whose)\b)|,?\s+and\s+(?=(?:he|she|they|we|it)\s)|,\s+and\s+(?=(?:(?:then-)?[A-Z][\w'’.-]*\s+){1,5}(?:has|have|had|was|were|is|will|said|\w+ed)\b)|,\s+and\s+(?=the\s+(?:[a-z]+\s+){1,2}(?:has|have|had|was|were|is|will|said)\b)"
        // "India has invited drugmakers to submit plans and the government will decide in the coming week": with no comma, only after a
        // clause with a finite verb of its own and before a modal or "has", where "and" cannot join two subjects of one verb.
        + @"|(?<=\b(?:has|have|had|was|were|is|are|\w+ed)\s[^,;]*[a-z])\s+and\s+(?=the\s+(?:[a-z]+\s+){1,2}(?:will|would|has|had)\s+[a-z]+\b)"
        // "..., and his successor, Jeremy Hunt, reversed the measures", "..., and Verstappen, on fresh tyres, passed Hamilton": a subject
        // with a phrase set off by commas before its verb; not after a list of names ("BP, Transocean, and Halliburton, ...") nor after
        // a first subject with its own phrase ("Tony Hayward, the chief executive, and Ed Markey, the congressman, visited the rig").
        + @"|(?<!,\s(?:[A-Z][\w'’.-]*\s){0,2}[A-Z][\w'’.-]*)(?<!^(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,\s+[^,;]+),\s+and\s+(?=(?:(?:his|her|its|their|the)\s+(?:[a-z-]+\s+){0,2}[a-z-]+|(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*),\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,\s+(?:\w+ed|has|have|had|was|were|is|will|said)\b"
        + @"|(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,\s+[a-z][^,;]{0,40},\s+(?:\w+ed|has|have|had|was|were|is|will|said)\b)")]
    private static partial Regex BoundaryRegex();

    [GeneratedRegex(@"^(?:(?:But|And|Yet|So)\s+)?(?i:in|on|at|by|during|since|until|last|earlier|later|this|that|early|late)\s+[^,;]{0,40}?\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|year|month|week|day|morning|afternoon|evening|night|spring|summer|autumn|winter|\d{4})\b[^,;]{0,20},")]
    private static partial Regex FrontedTimeRegex();

    [GeneratedRegex("^" + TimedConjunct)]
    private static partial Regex TimedConjunctRegex();

    [GeneratedRegex(@"^(?:he|she|they|we|it)\s")]
    private static partial Regex PronounAfterRegex();

    [GeneratedRegex(@"^(?:where|which|who|whose|that)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeRegex();
}
