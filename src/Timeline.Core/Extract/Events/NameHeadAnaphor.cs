using Timeline.Extract.Text;
using Timeline.Model;

namespace Timeline.Extract.Events;

/// <summary>
/// "The International Cycling Union stripped Holm of his titles. ... The union accepted the findings": a definite noun phrase of
/// "the" and one common noun that is the head of a body's name the text gave just before ("the union" for the International
/// Cycling Union, "the committee" for the Federal Open Market Committee, "the bank" for the Bank of Vell) stands for that body,
/// as news refers back to a body it has named, by whichever of its names. Only when one body named in the sentence before or in
/// the clause has that head; "the company" and "the firm" are read by the story's firms instead. Pure.
/// </summary>
public static class NameHeadAnaphor
{
    /// <summary>The subject the words from <paramref name="start"/> to <paramref name="end"/> stand for, or null.</summary>
    public static EventSubject? Find(List<TextSpan> tokens, IReadOnlyList<string> tags, int start, int end, SubjectContext context,
        IReadOnlyDictionary<string, Actor> actors)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(actors);
        if (end - start != 2 || !tokens[start].Text.Equals("the", StringComparison.OrdinalIgnoreCase) || tags[start + 1] != "NN") return null;
        var noun = tokens[start + 1].Text;
        if (noun.Length < 3 || !noun.All(char.IsLower)) return null;
        var bodies = context.RecentOrganisations.Distinct(StringComparer.Ordinal)
            .Where(id => actors[id].Aliases.Prepend(actors[id].Name).Any(name => Head(name).Equals(noun, StringComparison.OrdinalIgnoreCase))).ToList();
        return bodies is [{ } body] ? new EventSubject { Kind = SubjectKind.Pronoun, ActorIds = [body], Display = actors[body].Name, Token = start } : null;
    }

    /// <summary>The head word of a body's name: its last word, or the last before "of" ("Bank of Vell": "Bank").</summary>
    public static string Head(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var of = Array.FindIndex(words, w => w is "of" or "for");
        return of > 0 ? words[of - 1] : words.Length > 0 ? words[^1] : "";
    }
}
