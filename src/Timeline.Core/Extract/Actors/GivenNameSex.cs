namespace Timeline.Extract.Actors;

/// <summary>
/// The sex a given name tells where the name lists hold it for one sex only ("Michael", "Sarah"; not "Jordan" or "Kim"): a
/// "she" never stands for a Michael, a "he" never for a Sarah. Names the lists do not hold ("Beyonce", "Barack") tell nothing.
/// Loaded once from <c>given-name-sexes.tsv</c>. Pure.
/// </summary>
public static class GivenNameSex
{
    private static readonly Lazy<Dictionary<string, char>> Sexes = new(() => Gazetteer.Lines("given-name-sexes.tsv")
        .Select(l => l.Split('\t'))
        .Where(r => r.Length == 2 && r[1] is "m" or "f")
        .ToDictionary(r => r[0], r => r[1][0], StringComparer.Ordinal));

    /// <summary>
    /// Whether the person pronoun <paramref name="pronoun"/> ("he", "she", "his", "her" ...) cannot stand for a person called
    /// <paramref name="name"/>, by the sex the first word of the name tells; false for any other word or an untold name.
    /// </summary>
    public static bool Contradicts(string pronoun, string name)
    {
        ArgumentNullException.ThrowIfNull(pronoun);
        ArgumentNullException.ThrowIfNull(name);
        var first = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (first is null || !Sexes.Value.TryGetValue(first, out var sex)) return false;
        return pronoun.ToLowerInvariant() switch
        {
            "he" or "him" or "his" or "himself" => sex == 'f',
            "she" or "her" or "hers" or "herself" => sex == 'm',
            _ => false,
        };
    }
}
