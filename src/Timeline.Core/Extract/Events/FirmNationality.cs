using System.Text.RegularExpressions;
using Timeline.Extract.Actors;
using Timeline.Model;

namespace Timeline.Extract.Events;

/// <summary>
/// "Japanese car maker Toyota said ... The Japanese firm recalled 4.2 million vehicles": news introduces a firm with its nationality
/// ("the Italian carmaker Fiat", "Fiat, the Italian carmaker,") and later calls it by that nationality and its trade. "The Japanese
/// firm" is the one firm the article introduced as Japanese, whichever firm the sentence before named; where the article introduced
/// none as such, it is no firm the article introduced with another nationality. Pure.
/// </summary>
public static partial class FirmNationality
{
    /// <summary>The country each firm was introduced with, by the firm's id: only firms introduced so, each with one country.</summary>
    public static IReadOnlyDictionary<string, string> Introduced(string body, IReadOnlyList<ResolvedMention> mentions, IReadOnlyDictionary<string, Actor> actors)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(actors);
        var found = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var demonyms = mentions.Where(m => m.Mention.IsDemonym && actors.TryGetValue(m.ActorId, out var c) && c.Kind == ActorKind.Country).OrderBy(m => m.Mention.Start).ToList();
        foreach (var firm in mentions.Where(m => !m.Mention.IsDemonym && actors.TryGetValue(m.ActorId, out var a) && a.Kind == ActorKind.Organisation))
        {
            // "Japanese car maker Toyota", "the Italian carmaker Fiat": the nationality and lowercase words of the trade before the name.
            var before = demonyms.LastOrDefault(d => d.Sentence == firm.Sentence && d.Mention.End <= firm.Mention.Start);
            if (before is not null && TradeBetween().IsMatch(body.AsSpan(before.Mention.End, firm.Mention.Start - before.Mention.End))) Add(found, firm.ActorId, before.ActorId);
            // "Fiat, the Italian carmaker,": an apposition after the name that opens with the nationality.
            var after = demonyms.FirstOrDefault(d => d.Sentence == firm.Sentence && d.Mention.Start >= firm.Mention.End);
            if (after is not null && ApposedNationality().IsMatch(body.AsSpan(firm.Mention.End, after.Mention.Start - firm.Mention.End))
                && TradeAfter().IsMatch(body.AsSpan(after.Mention.End, Math.Min(40, body.Length - after.Mention.End)))) Add(found, firm.ActorId, after.ActorId);
        }

        return found.Where(f => f.Value.Count == 1).ToDictionary(f => f.Key, f => f.Value.First(), StringComparer.Ordinal);
    }

    /// <summary>
    /// The firm a definite phrase with a nationality means ("the Japanese firm", "the Italian carmaker"): the one firm introduced with
    /// that country; null when the article introduced none, or several.
    /// </summary>
    public static string? Meant(string country, IReadOnlyDictionary<string, string> introduced)
    {
        ArgumentNullException.ThrowIfNull(introduced);
        var firms = introduced.Where(f => f.Value == country).Select(f => f.Key).ToList();
        return firms.Count == 1 ? firms[0] : null;
    }

    /// <summary>Whether the word is a noun of a firm's trade that a nationality may stand before: "the Japanese carmaker", "the US bank".</summary>
    public static bool IsTrade(string word) => TradeWord().IsMatch(word);

    private const string Trades = "company|firm|carmaker|automaker|planemaker|chipmaker|drugmaker|steelmaker|maker|manufacturer|airline|carrier|bank|lender|insurer|retailer|group|giant|conglomerate|producer|refiner";

    private static void Add(Dictionary<string, HashSet<string>> found, string firm, string country)
    {
        if (!found.TryGetValue(firm, out var countries)) found[firm] = countries = new HashSet<string>(StringComparer.Ordinal);
        countries.Add(country);
    }

    [GeneratedRegex(@"^\s+(?:[a-z-]+\s+){0,2}(?:" + Trades + @")\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex TradeBetween();

    [GeneratedRegex("^(?:" + Trades + ")$", RegexOptions.CultureInvariant)]
    private static partial Regex TradeWord();

    [GeneratedRegex(@"^\s*,\s+(?:the|an?)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex ApposedNationality();

    [GeneratedRegex(@"^\s+(?:[a-z-]+\s+){0,2}(?:" + Trades + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex TradeAfter();
}
