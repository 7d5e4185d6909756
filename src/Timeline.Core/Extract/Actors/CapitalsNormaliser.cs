using Timeline.Extract.Text;

namespace Timeline.Extract.Actors;

/// <summary>
/// Rewrites a sentence set in capitals ("JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT", a dateline "LONDON") in
/// the case running text would use, so names keep their capital and ordinary words lose it: "Japan get lucky win,
/// China in surprise defeat". Known all-capital names ("NATO", "U.S.") stay as they are. Offsets do not change.
/// </summary>
internal sealed class CapitalsNormaliser(Gazetteer gazetteer)
{
    public List<TextSpan> Normalise(List<TextSpan> tokens)
    {
        var words = tokens.Count(t => t.Text.Count(char.IsLetter) >= 2);
        var shouted = tokens.Count(IsShouted);
        if (words == 0 || shouted * 5 < words * 3) return tokens;
        return [.. tokens.Select(t => IsShouted(t) ? t with { Text = Calm(t.Text) } : t)];
    }

    private static bool IsShouted(TextSpan token) => token.Text.Count(char.IsLetter) >= 2 && !token.Text.Any(char.IsLower);

    private string Calm(string word)
    {
        // "HALVOR IS AN HONEST LEADER": among shouted words a body's short initials that spell a verb ("IS", "CAN") are the verb.
        if (word.Length <= 4 && gazetteer.Find(word) is not null && gazetteer.IsVerbForm(word)) return word.ToLowerInvariant();
        if (gazetteer.Find(word) is not null || NameShapes.IsRomanNumeral(word)) return word;
        var lower = word.ToLowerInvariant();
        // An ordinary word loses its capital unless it names a country ("CHINA", "TURKEY"); a town named "Surprise" does not count.
        if (gazetteer.IsDictionaryWord(word) && gazetteer.Find(TitleCase(lower)) is not { Kind: Model.ActorKind.Country }) return lower;
        return TitleCase(lower);
    }

    // "o'neill" -> "O'Neill", "al-assad" -> "Al-Assad": a capital after the start, an apostrophe or a hyphen.
    private static string TitleCase(string lower)
    {
        var chars = lower.ToCharArray();
        for (var k = 0; k < chars.Length; k++)
        {
            if (k == 0 || chars[k - 1] is '\'' or '-' or '’') chars[k] = char.ToUpperInvariant(chars[k]);
        }

        return new string(chars);
    }
}
