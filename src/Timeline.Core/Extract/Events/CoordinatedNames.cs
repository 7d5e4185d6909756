using Timeline.Extract.Actors;
using Timeline.Extract.Text;

namespace Timeline.Extract.Events;

/// <summary>
/// The rest of a coordinated subject after its first name: ", Transocean and Halliburton", "and Ukraine". Every
/// conjunct is a whole name the text resolved, joined by commas and one final "and" (an Oxford comma allowed);
/// a conjunct that is not a name ("and its partners", "or Ukraine") gives no list. Pure.
/// </summary>
public static class CoordinatedNames
{
    /// <summary>The actors named from <paramref name="next"/> (a comma or "and" after the first name) to <paramref name="end"/>, or null.</summary>
    public static List<string>? Read(IReadOnlyList<TextSpan> tokens, int next, int end, IReadOnlyList<ResolvedMention> mentions, Func<string, bool> acts)
    {
        var ids = new List<string>();
        var k = next;
        var closed = false;
        while (k < end)
        {
            if (closed) return null;
            var joiner = tokens[k].Text;
            if (joiner == "," && k + 1 < end && tokens[k + 1].Text == "and") k++;
            if (tokens[k].Text is not ("," or "and")) return null;
            closed = tokens[k].Text == "and";
            k++;
            if (k >= end) return null;
            var start = tokens[k].Start;
            var name = mentions.FirstOrDefault(m => m.Mention.Start == start && !m.Mention.IsDemonym && acts(m.ActorId));
            if (name is null) return null;
            ids.Add(name.ActorId);
            while (k < end && tokens[k].Start < name.Mention.End) k++;
        }

        return closed ? ids : null;
    }
}
