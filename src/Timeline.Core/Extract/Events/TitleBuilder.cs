using System.Text;
using System.Text.RegularExpressions;
using Timeline.Extract.Actors;
using Timeline.Extract.Time;
using Timeline.Model;

namespace Timeline.Extract.Events;

/// <summary>
/// Builds a short headline from a clause: the subject and the predicate up to the trigger's object,
/// without leading adverbials, time words, purpose clauses or participle tails; partial names spelt out.
/// </summary>
internal static partial class TitleBuilder
{
    private const int MaxWords = 16;

    public static string Build(string clause, int clauseStart, int triggerStart, int triggerEnd,
        IReadOnlyList<ResolvedMention> mentions, IReadOnlyDictionary<string, Actor> actors, IReadOnlyList<Timex3> times)
    {
        var start = 0;
        for (var guard = 0; guard < 3; guard++)
        {
            var lead = LeadRegex().Match(clause[start..]);
            var comma = clause.IndexOf(", ", start, StringComparison.Ordinal);
            var startsWithTime = times.Any(t => t.Start - clauseStart == start);
            if ((!lead.Success && !startsWithTime) || comma < 0 || comma + 2 > triggerStart - clauseStart) break;
            start = comma + 2;
        }

        var subject = mentions.FirstOrDefault(m => m.Mention.Start - clauseStart >= start && m.Mention.Start < triggerStart
            && actors[m.ActorId].Kind == ActorKind.Person);
        if (subject?.Mention.Role is not null) start = subject.Mention.Start - clauseStart;

        var end = clause.Length;
        var tail = CutRegex().Match(clause, Math.Min(triggerEnd - clauseStart, clause.Length));
        if (tail.Success) end = tail.Index;

        var text = Rewrite(clause, clauseStart, start, end, mentions, actors, times);
        return Shorten(text);
    }

    private static string Rewrite(string clause, int clauseStart, int start, int end,
        IReadOnlyList<ResolvedMention> mentions, IReadOnlyDictionary<string, Actor> actors, IReadOnlyList<Timex3> times)
    {
        var sb = new StringBuilder();
        var i = start;
        while (i < end)
        {
            var at = clauseStart + i;
            if (times.FirstOrDefault(t => t.Start == at && t.Type is not ("DURATION" or "SET")) is { } time && time.End - clauseStart <= end)
            {
                TrimPreposition(sb);
                i = time.End - clauseStart;
                continue;
            }

            if (mentions.FirstOrDefault(m => m.Mention.Start == at && m.Mention.IsPartial) is { } partial)
            {
                sb.Append(actors[partial.ActorId].Name);
                i = partial.Mention.End - clauseStart;
                continue;
            }

            sb.Append(clause[i]);
            i++;
        }

        var text = AdverbRegex().Replace(sb.ToString(), " ");
        return SpaceRegex().Replace(text, " ").Trim().Trim(',', ';', ':', ' ', '-', '—');
    }

    private static void TrimPreposition(StringBuilder sb)
    {
        var s = sb.ToString();
        var m = TrailingPrepositionRegex().Match(s);
        if (m.Success) sb.Length = m.Index;
    }

    private static string Shorten(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxWords)
        {
            var cut = Enumerable.Range(6, MaxWords - 6).Reverse().FirstOrDefault(k => words[k - 1].EndsWith(','));
            if (cut == 0) cut = Enumerable.Range(6, MaxWords - 6).Reverse().FirstOrDefault(k => Prepositions.Contains(words[k]));
            if (cut == 0) cut = MaxWords;

            text = string.Join(' ', words.Take(cut)).TrimEnd(',', ';', ':');
        }

        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "in", "on", "at", "for", "over", "with", "from", "of", "by", "near", "after", "amid", "during" };

    [GeneratedRegex(@"^(?:During|Prior|Before|After|Following|However|Similarly|Despite|Meanwhile|Earlier|Later|Also|Still|As|In|On|At|Since|Last|This|Yesterday|Today|Then|Moreover|Furthermore|Additionally|According|Amid|While|Under|Over|Nevertheless|Instead)\b")]
    private static partial Regex LeadRegex();

    [GeneratedRegex(@",\s+(?:\w+ing|which|who|where|when|while|as|whereas|but|although|though)\b|\s+(?:to|in order to|so as to)\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b|[A-Z0-9])[a-z]+\b|\s+and\s+(?:\w+s|\w+ed)\b(?!\s+(?:of|and|to)\b)|\s+(?:because|so that|after|before|amid|despite)\b")]
    private static partial Regex CutRegex();

    [GeneratedRegex(@"(?:,\s*)?\b(?:recently|also|reportedly|heavily|however|similarly|still|already|finally)\b(?:\s*,)?", RegexOptions.IgnoreCase)]
    private static partial Regex AdverbRegex();

    [GeneratedRegex(@"\s+(?:(?:in|on|at|during|since|by|from|until|over|of|for)(?:\s+(?:the|this|that|a))?|the|this|that)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingPrepositionRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpaceRegex();
}
