using Timeline.Extract.Actors;
using Timeline.Extract.Text;
using Timeline.Model;

namespace Timeline.Extract.Events;

/// <summary>
/// "Jackson choreographer Kenny Ortega", "Holm family lawyer Ida Berg", "Obama adviser David Axelrod": a person's name before the
/// title of another named person says whose choreographer, lawyer or adviser that person is. Only the one titled takes part in
/// what the clause tells; the name before the title is a modifier. Pure.
/// </summary>
public static class NameBeforeTitle
{
    // At most this many lowercase words make the title ("family lawyer", "personal physician").
    private const int TitleWords = 3;

    /// <summary>
    /// Whether the person named by <paramref name="mention"/> stands right before a lowercase title (its last word a singular noun)
    /// that another person's name, among <paramref name="mentions"/>, follows at once.
    /// </summary>
    public static bool Modifies(IReadOnlyList<TextSpan> tokens, IReadOnlyList<string> tags, ResolvedMention mention,
        IReadOnlyList<ResolvedMention> mentions, IReadOnlyDictionary<string, Actor> actors)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(mention);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(actors);
        var from = 0;
        while (from < tokens.Count && tokens[from].Start < mention.Mention.End) from++;
        if (from >= tokens.Count || tokens[from].Start != mention.Mention.End + 1) return false;
        var k = from;
        while (k < tokens.Count && k - from < TitleWords && char.IsLower(tokens[k].Text[0]) && tags[k] is "NN" or "JJ") k++;
        if (k == from || k >= tokens.Count || tags[k - 1] != "NN") return false;
        var titled = tokens[k].Start;
        return mentions.Any(o => o.Mention.Start == titled && o.ActorId != mention.ActorId && actors[o.ActorId].Kind == ActorKind.Person);
    }
}
