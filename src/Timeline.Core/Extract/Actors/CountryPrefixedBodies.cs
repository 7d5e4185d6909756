using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// "the US Fjord Survey", "the UK Border Agency": a country's initials written before a body's name are a word of that
/// name, which a reader says whole; read apart, the country acts and the body loses its first word. Only initials ("US",
/// "U.S.", "UK"), right before the body's name: "the United States Fjord Survey" is read whole already, and "in Norway
/// Maersk ..." names two actors. Pure.
/// </summary>
internal static class CountryPrefixedBodies
{
    /// <summary>The mentions with each country's initials joined to the organisation's name right after them.</summary>
    public static List<ActorMention> Join(string sentence, int offset, List<ActorMention> mentions)
    {
        var joined = new List<ActorMention>(mentions.Count);
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (i + 1 < mentions.Count && IsInitials(m) && mentions[i + 1] is { Kind: ActorKind.Organisation, IsDemonym: false } body
                && body.Start == m.End + 1 && m.End - offset < sentence.Length && sentence[m.End - offset] == ' ' && char.IsUpper(body.Text[0]))
            {
                var text = m.Text + " " + body.Text;
                joined.Add(body with { Start = m.Start, Text = text, Name = body.Name == body.Text ? text : m.Text + " " + body.Name });
                i++;
                continue;
            }

            joined.Add(m);
        }

        return joined;
    }

    private static bool IsInitials(ActorMention m) =>
        m is { Kind: ActorKind.Country, IsDemonym: false } && m.Text.Length is >= 2 and <= 5 && m.Text.All(c => char.IsUpper(c) || c == '.') && m.Text.Count(char.IsUpper) is 2 or 3;
}
