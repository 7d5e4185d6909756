namespace Timeline.Extract.Text;

/// <summary>
/// The classic Porter (1980) stemmer, as in Martin Porter's reference implementation (with its "bli" and "logi"
/// rules), which is what ROUGE stems with. Input is one lower-case word; anything but a-z is left as it is.
/// </summary>
public static class PorterStemmer
{
    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
        ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
        ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
        ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ];

    private static readonly string[] Step4Suffixes =
    [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize",
    ];

    public static string Stem(string word)
    {
        if (word.Length <= 2 || !word.All(c => c is >= 'a' and <= 'z')) return word;
        var w = Step1A(word);
        w = Step1B(w);
        w = Step1C(w);
        w = Replace(w, Step2Rules, 0);
        w = Replace(w, Step3Rules, 0);
        w = Step4(w);
        return Step5(w);
    }

    private static string Step1A(string w) =>
        w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("ies", StringComparison.Ordinal) ? w[..^2]
        : w.EndsWith("ss", StringComparison.Ordinal) ? w
        : w.EndsWith('s') ? w[..^1]
        : w;

    private static string Step1B(string w)
    {
        if (w.EndsWith("eed", StringComparison.Ordinal)) return Measure(w[..^3]) > 0 ? w[..^1] : w;
        string stem;
        if (w.EndsWith("ed", StringComparison.Ordinal) && HasVowel(w[..^2])) stem = w[..^2];
        else if (w.EndsWith("ing", StringComparison.Ordinal) && HasVowel(w[..^3])) stem = w[..^3];
        else return w;

        if (stem.EndsWith("at", StringComparison.Ordinal) || stem.EndsWith("bl", StringComparison.Ordinal) || stem.EndsWith("iz", StringComparison.Ordinal)) return stem + "e";
        if (EndsWithDoubleConsonant(stem) && stem[^1] is not ('l' or 's' or 'z')) return stem[..^1];
        return Measure(stem) == 1 && EndsCvc(stem) ? stem + "e" : stem;
    }

    private static string Step1C(string w) => w.EndsWith('y') && HasVowel(w[..^1]) ? w[..^1] + "i" : w;

    // Only the longest suffix that matches counts: when its stem is too short, no shorter suffix is tried.
    private static string Replace(string w, (string Suffix, string Replacement)[] rules, int minMeasure)
    {
        var best = rules.Where(r => w.EndsWith(r.Suffix, StringComparison.Ordinal) && w.Length > r.Suffix.Length)
            .OrderByDescending(r => r.Suffix.Length).FirstOrDefault();
        if (best.Suffix is null) return w;
        var stem = w[..^best.Suffix.Length];
        return Measure(stem) > minMeasure ? stem + best.Replacement : w;
    }

    private static string Step4(string w)
    {
        var suffix = Step4Suffixes.Where(s => w.EndsWith(s, StringComparison.Ordinal) && w.Length > s.Length)
            .OrderByDescending(s => s.Length).FirstOrDefault();
        if (suffix is null) return w;
        var stem = w[..^suffix.Length];
        if (suffix == "ion" && !(stem.EndsWith('s') || stem.EndsWith('t'))) return w;
        return Measure(stem) > 1 ? stem : w;
    }

    private static string Step5(string w)
    {
        if (w.EndsWith('e'))
        {
            var stem = w[..^1];
            var m = Measure(stem);
            if (m > 1 || (m == 1 && !EndsCvc(stem))) w = stem;
        }

        return w.EndsWith("ll", StringComparison.Ordinal) && Measure(w) > 1 ? w[..^1] : w;
    }

    private static bool IsConsonant(string w, int i) => w[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        'y' => i == 0 || !IsConsonant(w, i - 1),
        _ => true,
    };

    /// <summary>Porter's m: the number of vowel-consonant sequences in [C](VC)^m[V].</summary>
    private static int Measure(string w)
    {
        var m = 0;
        var i = 0;
        while (i < w.Length && IsConsonant(w, i)) i++;
        while (i < w.Length)
        {
            while (i < w.Length && !IsConsonant(w, i)) i++;
            if (i >= w.Length) break;
            m++;
            while (i < w.Length && IsConsonant(w, i)) i++;
        }

        return m;
    }

    private static bool HasVowel(string w) => Enumerable.Range(0, w.Length).Any(i => !IsConsonant(w, i));

    private static bool EndsWithDoubleConsonant(string w) => w.Length >= 2 && w[^1] == w[^2] && IsConsonant(w, w.Length - 1);

    private static bool EndsCvc(string w) =>
        w.Length >= 3 && IsConsonant(w, w.Length - 3) && !IsConsonant(w, w.Length - 2) && IsConsonant(w, w.Length - 1)
        && w[^1] is not ('w' or 'x' or 'y');
}
