namespace Timeline.Extract.Events;

/// <summary>
/// A speaker that is the press: "state news agency MENA said Egypt had culled birds", "Reuters reported", "the daily
/// Asahi said", a paper's reporter ("The Vell Herald's Ida Berg says"). The outlet passes the news on; it takes no part in what it reports, so it is not one of the event's actors.
/// Pure.
/// </summary>
public static class NewsSource
{
    private static readonly HashSet<string> MediaNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "news", "agency", "newspaper", "daily", "weekly", "paper", "television", "tv", "radio", "broadcaster", "channel", "network", "magazine", "website",
    };

    // Outlets named alone, without a noun that says what they are.
    private static readonly HashSet<string> Outlets = new(StringComparer.OrdinalIgnoreCase)
    {
        "Reuters", "Associated Press", "AP", "AFP", "Agence France-Presse", "Agence France Presse", "Xinhua", "Interfax", "Itar-Tass", "TASS", "Kyodo",
        "Yonhap", "Bloomberg", "BBC", "CNN", "Al Jazeera", "ANSA", "EFE", "dpa", "PTI", "Bernama", "Antara", "MENA", "IRNA", "Fars", "RIA Novosti",
        "CNBC", "MSNBC", "NBC", "ABC", "CBS", "Fox News", "NPR", "PBS", "Sky News", "ITV", "Dow Jones", "New York Times", "Wall Street Journal",
        "Washington Post", "Financial Times", "Los Angeles Times", "USA Today", "Politico", "Le Monde", "Der Spiegel",
    };

    /// <summary>Whether the speaker's words [<paramref name="from"/>, <paramref name="to"/>) or its actors' names say it is a news outlet.</summary>
    public static bool IsMedia(IReadOnlyList<string> words, int from, int to, IEnumerable<string>? names)
    {
        ArgumentNullException.ThrowIfNull(words);
        for (var k = Math.Max(0, from); k < Math.Min(to, words.Count); k++)
        {
            if (MediaNouns.Contains(words[k]) && char.IsLower(words[k][0])) return true;
        }

        return names?.Any(Outlets.Contains) == true || CorrespondentOf(words, from, to);
    }

    // "The Guardian's Ida Berg says ...", "the Vell Times' correspondent said": a reporter named by the paper they write for
    // passes the news on as the paper does. The paper is an outlet named alone or a capitalised name headed by a newspaper's
    // word ("Times", "Herald", "Guardian").
    private static bool CorrespondentOf(IReadOnlyList<string> words, int from, int to)
    {
        for (var k = Math.Max(0, from) + 1; k < Math.Min(to, words.Count) - 1; k++)
        {
            if (words[k] is not ("'s" or "’s" or "'" or "’")) continue;
            var paper = words[k - 1];
            if (char.IsUpper(paper[0]) && (PaperHeads.Contains(paper) || Outlets.Contains(paper))) return true;
        }

        return false;
    }

    private static readonly HashSet<string> PaperHeads = new(StringComparer.Ordinal)
    {
        "Guardian", "Times", "Post", "Telegraph", "Journal", "Herald", "Tribune", "Observer", "Independent", "Mail", "Express", "Mirror",
        "Chronicle", "Gazette", "Standard", "Globe", "Sun", "Inquirer", "Examiner", "Courier", "Bulletin", "Dispatch",
    };
}
