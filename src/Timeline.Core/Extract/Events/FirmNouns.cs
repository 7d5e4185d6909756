namespace Timeline.Extract.Events;

/// <summary>
/// The nouns a definite phrase stands for a company by: "the company", "the firm", and after a word of trade "the oil giant",
/// "the energy group", "the oil major", "the drinks concern". Without a trade word "giant", "group" and "major" name no company
/// ("the rebel group", "the Asian giant", "the group of experts"). "The new company", "the merged firm" is one being formed,
/// not one named before. Pure.
/// </summary>
public static class FirmNouns
{
    private static readonly HashSet<string> Plain = new(StringComparer.OrdinalIgnoreCase) { "company", "firm" };

    private static readonly HashSet<string> AfterTrade = new(StringComparer.OrdinalIgnoreCase) { "giant", "group", "major", "concern" };

    // Words of a trade that say a giant or a group is a company: the goods or services it sells.
    private static readonly HashSet<string> Trades = new(StringComparer.OrdinalIgnoreCase)
    {
        "oil", "energy", "gas", "petroleum", "petrochemicals", "mining", "metals", "steel", "chemicals", "chemical", "drinks", "beverage",
        "brewing", "food", "foods", "tobacco", "retail", "supermarket", "supermarkets", "fashion", "media", "publishing", "entertainment",
        "software", "internet", "technology", "tech", "telecoms", "telecommunications", "electronics", "computer", "pharmaceutical",
        "pharmaceuticals", "drug", "drugs", "drugmaker", "engineering", "construction", "aerospace", "defence", "defense", "shipping",
        "airline", "airlines", "travel", "hotel", "hotels", "banking", "insurance", "financial", "investment", "property", "utility",
        "utilities", "power", "car", "auto", "toy", "toys",
    };

    // Modifiers that say a company is formed by what the story tells, or will be: "the new company", "the merged firm".
    private static readonly HashSet<string> NewlyFormed = new(StringComparer.OrdinalIgnoreCase) { "new", "combined", "merged", "proposed", "planned" };

    /// <summary>Whether <paramref name="word"/>, before a company noun, says the company is one being formed ("new", "merged").</summary>
    public static bool SaysNewlyFormed(string word) => NewlyFormed.Contains(word);

    /// <summary>Whether the word is "company" or "firm", which stand for a company alone.</summary>
    public static bool IsPlain(string word) => Plain.Contains(word);

    /// <summary>
    /// Whether <paramref name="words"/>[<paramref name="k"/>] heads a phrase that stands for a company: "company" or "firm", or
    /// "giant", "group", "major" or "concern" right after a trade word ("the oil giant").
    /// </summary>
    public static bool Heads(IReadOnlyList<string> words, int k)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (k < 0 || k >= words.Count) return false;
        return Plain.Contains(words[k]) || (AfterTrade.Contains(words[k]) && k > 0 && Trades.Contains(words[k - 1]));
    }
}
