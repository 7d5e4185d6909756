namespace Timeline.Extract.Actors;

/// <summary>
/// The ways English news writes one name differently: a company with or without its legal form ("Halliburton Co",
/// "Halliburton"), an agency with or without its country ("U.S. Coast Guard"), a person with or without a middle
/// initial ("Michael R. Bromwich") or by a familiar given name ("Bob Dudley", "Robert Dudley"), and the same letters in
/// another case or with other dots ("U.S.", "US"; "BP", "Bp").
/// </summary>
internal static class NameVariants
{
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "Co", "Co.", "Corp", "Corp.", "Corporation", "Inc", "Inc.", "Incorporated", "Plc", "PLC", "plc", "Ltd", "Ltd.", "Limited", "LLC", "Company", "AG", "SA", "NV", "ASA",
    };

    private static readonly string[] CountryPrefixes = ["U.S. ", "US ", "U.K. ", "UK ", "United States ", "British ", "American "];

    // Familiar forms of given names, each with the one formal name it shortens; "Pat", "Sam" or "Ted" stand for two, so are left out.
    private static readonly Dictionary<string, string> Familiar = new(StringComparer.Ordinal)
    {
        ["Bob"] = "Robert", ["Bobby"] = "Robert", ["Rob"] = "Robert", ["Bill"] = "William", ["Billy"] = "William",
        ["Jim"] = "James", ["Jimmy"] = "James", ["Mike"] = "Michael", ["Mick"] = "Michael", ["Tony"] = "Anthony", ["Tom"] = "Thomas",
        ["Tommy"] = "Thomas", ["Dick"] = "Richard", ["Rick"] = "Richard", ["Ricky"] = "Richard", ["Joe"] = "Joseph", ["Dave"] = "David",
        ["Dan"] = "Daniel", ["Danny"] = "Daniel", ["Ed"] = "Edward", ["Chuck"] = "Charles", ["Charlie"] = "Charles",
        ["Andy"] = "Andrew", ["Nick"] = "Nicholas", ["Ben"] = "Benjamin", ["Matt"] = "Matthew", ["Greg"] = "Gregory",
        ["Larry"] = "Lawrence", ["Jerry"] = "Gerald", ["Fred"] = "Frederick", ["Tim"] = "Timothy", ["Pete"] = "Peter", ["Jeff"] = "Jeffrey",
        ["Doug"] = "Douglas", ["Ken"] = "Kenneth", ["Ron"] = "Ronald", ["Don"] = "Donald", ["Jon"] = "Jonathan", ["Steve"] = "Steven",
        ["Liz"] = "Elizabeth", ["Beth"] = "Elizabeth", ["Kate"] = "Katherine", ["Kathy"] = "Katherine", ["Sue"] = "Susan", ["Jenny"] = "Jennifer",
        ["Peggy"] = "Margaret", ["Maggie"] = "Margaret", ["Becky"] = "Rebecca", ["Vicky"] = "Victoria",
        ["Jackie"] = "Jacqueline", ["Jacqui"] = "Jacqueline", ["Kenny"] = "Kenneth", ["Johnny"] = "John", ["Hank"] = "Henry", ["Stan"] = "Stanley", ["Walt"] = "Walter",
        ["Ray"] = "Raymond", ["Russ"] = "Russell", ["Herb"] = "Herbert", ["Gene"] = "Eugene", ["Marty"] = "Martin", ["Mitch"] = "Mitchell",
        ["Vince"] = "Vincent", ["Willie"] = "William", ["Cathy"] = "Catherine", ["Debbie"] = "Deborah", ["Patty"] = "Patricia",
        ["Judy"] = "Judith", ["Barb"] = "Barbara",
    };

    /// <summary>"Halliburton Co" is "Halliburton", "Royal Dutch Shell Plc" is "Royal Dutch Shell", "Mitsui & Co Ltd" is "Mitsui"; null when no legal form ends it.</summary>
    /// <summary>"Ltd", "Inc.": a firm's legal form alone, cut from the firm's name.</summary>
    public static bool IsLegalForm(string name) => LegalForms.Contains(name.TrimEnd(','));

    public static string? WithoutLegalForm(string name)
    {
        var words = name.TrimEnd(',').Split(' ');
        var n = words.Length;
        while (n > 1 && LegalForms.Contains(words[n - 1].TrimEnd(','))) n--;
        // "Mitsui & Co": the ampersand goes with the legal form it introduces.
        if (n > 1 && n < words.Length && words[n - 1] == "&") n--;
        return n == words.Length ? null : string.Join(' ', words.Take(n)).TrimEnd(',');
    }

    /// <summary>"U.S. Coast Guard" is "Coast Guard"; null when no country opens it.</summary>
    public static string? WithoutCountry(string name) =>
        CountryPrefixes.FirstOrDefault(p => name.StartsWith(p, StringComparison.Ordinal) && name.Length > p.Length + 2) is { } prefix ? name[prefix.Length..] : null;

    /// <summary>"Michael R. Bromwich" is "Michael Bromwich"; null when no middle initial is there.</summary>
    public static string? WithoutMiddleInitials(string name)
    {
        var words = name.Split(' ');
        if (words.Length < 3) return null;
        var kept = words.Where((w, i) => i == 0 || i == words.Length - 1 || !NameShapes.IsInitial(w)).ToList();
        return kept.Count == words.Length ? null : string.Join(' ', kept);
    }

    /// <summary>"Bob Dudley" is "Robert Dudley"; null when the given name is no familiar form.</summary>
    public static string? Formal(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && Familiar.TryGetValue(name[..space], out var formal) ? formal + name[space..] : null;
    }

    /// <summary>
    /// The <see cref="Letters"/> of a name written with letters beyond ASCII, those letters left out ("FELIPECALDERN" for
    /// "Felipe Calderón"): the form a page read with the wrong encoding leaves. Null for a name in ASCII or with too few left.
    /// </summary>
    public static string? WithoutAccentedLetters(string name)
    {
        if (!HasAccentedLetters(name)) return null;
        var kept = Letters(string.Concat(name.Where(char.IsAscii)));
        return kept.Length >= 4 ? kept : null;
    }

    /// <summary>
    /// A person's name with each word's vowels after its first letter left out ("Fln Vllnr" for "Felina Vallanera"): the key under which
    /// a name a page lost an accented vowel of ("Felina Vallnera" for "Felina Vallánera") meets the same name written without the accent.
    /// </summary>
    public static string VowelSkeleton(string name) =>
        string.Join(' ', name.Split(' ').Select(w => w.Length == 0 ? w : w[0] + string.Concat(w.Skip(1).Where(c => !IsVowel(c)))));

    /// <summary>
    /// Whether <paramref name="damaged"/> ("Jos Luis Vallnera") is <paramref name="kept"/> ("Jose Luis Vallanera") as a page that lost its accented
    /// letters writes it: the same words but each differing one short of one vowel past its first letter, and at least one of them short
    /// of it inside a word of six letters or more that is no name or word of its own (not at its end: "Steel" beside "Steele", nor
    /// "Parson" beside "Pearson", is another family name).
    /// </summary>
    public static bool IsWithoutLostVowels(string damaged, string kept, Func<string, bool> isKnownWord)
    {
        if (HasAccentedLetters(damaged) || HasAccentedLetters(kept)) return false;
        var (a, b) = (damaged.Split(' '), kept.Split(' '));
        if (a.Length < 2 || a.Length != b.Length) return false;
        var inside = false;
        for (var w = 0; w < a.Length; w++)
        {
            if (a[w] == b[w]) continue;
            if (LostVowelAt(a[w], b[w]) is not { } at) return false;
            inside |= at < b[w].Length - 1 && b[w].Length >= MinimumWordForLostVowel && !isKnownWord(a[w]);
        }

        return inside;
    }

    // Where the one vowel of kept that short lacks is, past the first letter; null when short is not kept so.
    private static int? LostVowelAt(string shorter, string kept)
    {
        if (kept.Length != shorter.Length + 1) return null;
        var i = 0;
        while (i < shorter.Length && shorter[i] == kept[i]) i++;
        return i > 0 && IsVowel(kept[i]) && string.CompareOrdinal(shorter, i, kept, i + 1, shorter.Length - i) == 0 ? i : null;
    }

    private static bool IsVowel(char c) => "aeiouAEIOU".Contains(c);

    private const int MinimumWordForLostVowel = 6;

    /// <summary>Whether the name has a letter beyond ASCII ("é", "ø"); a lost letter's mark ("�") is none.</summary>
    public static bool HasAccentedLetters(string name) => name.Any(c => char.IsLetter(c) && !char.IsAscii(c));

    /// <summary>The letters of a name alone, in one case ("U.S." and "US", "BP" and "Bp", "BP's" and "BP" share one).</summary>
    public static string Letters(string name)
    {
        var bare = name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal) ? name[..^2] : name;
        return string.Concat(bare.Where(char.IsLetterOrDigit)).ToUpperInvariant();
    }
}
