namespace Timeline.Extract.Events;

/// <summary>
/// The names of currencies as English writes them after a figure ("5bn euros", "300 million yuan"): a sum's unit, one word of
/// the sum, as a currency sign before the figure is. Pure.
/// </summary>
public static class CurrencyNames
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "dollars", "pounds", "euros", "euro", "yen", "yuan", "francs", "rupees", "roubles", "rubles", "pesos", "kronor", "kroner",
    };

    /// <summary>Whether <paramref name="word"/> names a currency ("euros", "yen").</summary>
    public static bool Contains(string word) => Names.Contains(word);
}
