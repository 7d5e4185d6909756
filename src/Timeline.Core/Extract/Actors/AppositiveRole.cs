using Timeline.Extract.Text;
using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// The office an appositive gives a person: "Lars Holm, the Danish prime minister, flew in", "Ida Berg, Norway's foreign
/// minister, said". News names a person, then says in commas what office they hold, and later calls them by the office
/// alone ("the prime minister", "the PM"); the office, and the country a demonym or a possessive gives, are the person's.
/// Only a whole office closed by a comma or the sentence's end: "the prime minister's wife" and "the former prime minister"
/// are someone else or no longer the office. Pure.
/// </summary>
internal static class AppositiveRole
{
    public static ActorMention Read(ActorMention person, List<TextSpan> tokens, GazetteerMatcher matcher)
    {
        if (person.Kind != ActorKind.Person || person.Role is not null) return person;
        var comma = tokens.FindIndex(t => t.Start >= person.End);
        if (comma < 0 || tokens[comma].Text != "," || comma + 2 >= tokens.Count) return person;
        var k = comma + 1;
        var determined = tokens[k].Text == "the";
        if (determined) k++;
        string? country = null;
        if (matcher.MatchName(tokens, k) is { Entry: { Kind: ActorKind.Country } entry } found)
        {
            var possessive = k + found.Length < tokens.Count && tokens[k + found.Length].Text is "'s" or "’s";
            // "the Danish prime minister", "Norway's prime minister"; not "the Norway prime minister" nor "Danish prime minister".
            if (entry.IsDemonym == determined && !possessive == determined)
            {
                country = entry.Name;
                k += found.Length + (possessive ? 1 : 0);
            }
            else
            {
                return person;
            }
        }
        else if (!determined)
        {
            return person;
        }

        if (k >= tokens.Count || !char.IsLower(tokens[k].Text[0]) || matcher.MatchRole(tokens, k) is not { } length) return person;
        var end = k + length;
        if (end < tokens.Count && tokens[end].Text is not ("," or "." or ";")) return person;
        var role = string.Join(' ', tokens.Skip(k).Take(length).Select(t => char.ToUpperInvariant(t.Text[0]) + t.Text[1..]));
        return person with { Role = role, Country = person.Country ?? country };
    }
}
