using System.Text.RegularExpressions;

namespace Timeline.Evaluation.Timelines;

/// <summary>
/// The ways a text may name a target entity: its full name, a person's surname ("Jobs"), a name
/// without a leading qualifier ("Apple Corps" for "Beatles Apple Corps"), a product line without a
/// generic head ("iTunes" for "iTunes Store").
/// </summary>
public static partial class EntityNames
{
    private static readonly HashSet<string> GenericHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "store", "corps", "inc", "inc.", "company", "corporation", "group", "music", "service",
    };

    public static Regex Matcher(string entity)
    {
        var words = entity.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var variants = new List<string> { entity };
        if (words.Length == 2 && words.All(w => PersonWordRegex().IsMatch(w))) variants.Add(words[1]);
        if (words.Length >= 3) variants.Add(string.Join(' ', words.Skip(1)));
        if (words.Length == 2 && GenericHeads.Contains(words[1])) variants.Add(words[0]);
        var pattern = string.Join('|', variants.Distinct().OrderByDescending(v => v.Length).Select(v => Regex.Escape(v).Replace("\\ ", "\\s+", StringComparison.Ordinal)));
        return new Regex($@"(?<![\w-])(?:{pattern})(?![\w-])", RegexOptions.CultureInvariant);
    }

    /// <summary>Two capitalised words ("Steve Jobs"): a person, who may be "he" or "she" later on.</summary>
    public static bool IsPersonName(string entity)
    {
        var words = entity.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 2 && words.All(w => PersonWordRegex().IsMatch(w));
    }

    [GeneratedRegex(@"^[A-Z][a-z]+$")]
    private static partial Regex PersonWordRegex();
}
