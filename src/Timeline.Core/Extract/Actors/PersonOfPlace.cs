using Timeline.Extract.Text;
using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// "Kate Sheppard of Mother Jones", "Tim Probert of Halliburton", "Mary Evans of Welshpool": news names a person, then where the
/// person works or lives. The words after "of" are another actor, not the rest of the person's name.
/// </summary>
internal static class PersonOfPlace
{
    /// <summary>The mentions with each person's name cut before "of"; what follows stays a mention only when the gazetteer knows it whole.</summary>
    public static List<ActorMention> Split(List<TextSpan> tokens, List<ActorMention> mentions, GazetteerMatcher matcher)
    {
        var result = new List<ActorMention>(mentions.Count);
        foreach (var mention in mentions)
        {
            var first = tokens.FindIndex(t => t.Start == mention.Start);
            var last = tokens.FindLastIndex(t => t.End == mention.End);
            var of = mention.Kind == ActorKind.Person && mention.Name == mention.Text && first >= 0 && last > first
                ? tokens.FindIndex(first + 1, last - first - 1, t => t.Text == "of") : -1;
            if (of < 0)
            {
                result.Add(mention);
                continue;
            }

            var person = ActorRecognizer.Mention(tokens, first, of - first, null);
            result.Add(mention with { Text = person.Text, Name = person.Name, IsPartial = mention.IsPartial || of - first == 1 });
            if (matcher.MatchName(tokens, of + 1) is { } known && known.Length == last - of) result.Add(ActorRecognizer.Mention(tokens, of + 1, known.Length, known.Entry));
        }

        return result;
    }
}
