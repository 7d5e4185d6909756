using System.Text.RegularExpressions;

namespace Timeline.Extract.Events;

/// <summary>
/// Checks an event title against what an editor expects of a headline. Pure and thread-safe:
/// the same title always gives the same violations, in <see cref="HeadlineViolation"/> order.
/// </summary>
public static partial class HeadlineRules
{
    public const int MaxWords = 14;

    // A dash or pipe this early is a dateline's separator ("NEW ORLEANS —", "WASHINGTON | Mon Mar 2").
    private const int DashWithinWords = 4;

    public static IReadOnlyList<HeadlineViolation> Check(string title)
    {
        var words = title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (!words.Any(HasLetterOrDigit)) return [HeadlineViolation.Empty];

        var found = new List<HeadlineViolation>();
        if (words.Count(IsWord) > MaxWords) found.Add(HeadlineViolation.TooLong);
        if (BadFirstWord(words)) found.Add(HeadlineViolation.FirstWord);
        if (IsDateline(title, words)) found.Add(HeadlineViolation.Dateline);
        if (!Balanced(title)) found.Add(HeadlineViolation.UnbalancedQuotes);
        if (IsTruncated(words)) found.Add(HeadlineViolation.Truncated);
        return found;
    }

    private static bool BadFirstWord(string[] words)
    {
        var first = Bare(words.First(HasLetterOrDigit));
        if (first.Length == 0 || !char.IsLetter(first[0])) return false;
        // "iPhone" and "mRNA" are names; "but" and "the rig" are not.
        if (char.IsLower(first[0])) return !first.Skip(1).Any(char.IsUpper);
        // All capitals is an acronym ("WHO", "IT"), not a pronoun; "I" is both.
        if (first.Length > 1 && first.All(c => !char.IsLetter(c) || char.IsUpper(c))) return false;
        var lower = first.ToLowerInvariant();
        return HeadlineWords.Connectives.Contains(lower) || HeadlineWords.Pronouns.Contains(lower);
    }

    private static bool IsDateline(string title, string[] words)
    {
        if (WireTagRegex().IsMatch(title) || PageFurnitureRegex().IsMatch(title)) return true;
        if (BylineRegex().IsMatch(title) || SlugRegex().IsMatch(title) || DateStampRegex().IsMatch(title)) return true;
        if (words.Take(DashWithinWords).Any(w => w is "-" or "--" or "—" or "–" or "|")) return true;
        // An all-capitals place before a dash ("WASHINGTON—"); "UN—" and "NATO-led" are not datelines.
        var place = CapsPlaceRegex().Match(title);
        return place.Success && place.Groups[1].Value.Count(char.IsLetter) >= 4;
    }

    private static bool Balanced(string title)
    {
        if (title.Count(c => c == '"') % 2 != 0) return false;
        return Pairs(title, '“', '”') && Pairs(title, '(', ')') && Pairs(title, '[', ']');
    }

    private static bool Pairs(string text, char open, char close)
    {
        var depth = 0;
        foreach (var c in text)
        {
            if (c == open) depth++;
            else if (c == close && --depth < 0) return false;
        }

        return depth == 0;
    }

    private static bool IsTruncated(string[] words)
    {
        var last = words[^1].TrimEnd('"', '”', '’', '\'', ')', ']');
        if (last.Length == 0 || last[^1] is ',' or ':' or ';' or '-' or '—' or '–' or '…' || last.EndsWith("...", StringComparison.Ordinal)) return true;
        // Lower case only: "Plan A" and "in May" end well, "a" and "may" do not.
        return HeadlineWords.Dangling.Contains(last.TrimEnd('.', '!', '?'));
    }

    private static bool HasLetterOrDigit(string word) => word.Any(char.IsLetterOrDigit);

    /// <summary>
    /// Whether a word of a title counts towards its length: one with a letter or a digit, and "&amp;", which is read as "and"
    /// ("Kirkland &amp; Ellis" is three words); not a dash or a lone quote.
    /// </summary>
    public static bool IsWord(string word) => word == "&" || HasLetterOrDigit(word);

    // The word without surrounding quotes and punctuation, and without a clitic ("It's" -> "It").
    private static string Bare(string word)
    {
        var bare = word.Trim('"', '“', '”', '‘', '’', '\'', '(', ')', '[', ']', ',', '.', ';', ':', '!', '?');
        var apostrophe = bare.IndexOfAny(['\'', '’']);
        return apostrophe > 0 ? bare[..apostrophe] : bare;
    }

    [GeneratedRegex(@"\((?:Reuters|AP|AFP|UPI|PA|CNN|Bloomberg|dpa|Xinhua|BBC)\)|\bReuters\)\s*[-–—]")]
    private static partial Regex WireTagRegex();

    // Photo credits and publication stamps are never headline text, wherever they are.
    [GeneratedRegex(@"^(?:Page\s+)?[Ll]ast\s+(?:[Uu]pdated|[Mm]odified)\b|^(?:Updated|Published|Posted)\b|\b(?:Photograph|Photo|Illustration):|\b[Ff]irst published (?:on|in|at)\b|\bguardian\.co\.uk\b|\bArticle history\b|\b(?:Getty Images|AFP/Getty)\b")]
    private static partial Regex PageFurnitureRegex();

    [GeneratedRegex(@"^(?:(?:Additional\s+)?[Rr]eporting|Writing|Editing|Compiled|Written|Posted)\s+by\s+\p{Lu}|^By\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}")]
    private static partial Regex BylineRegex();

    [GeneratedRegex(@"^(?:UPDATE|WRAPUP|FACTBOX|ANALYSIS|INTERVIEW|TIMELINE|EXCLUSIVE|CORRECTED|REFILE|RPT|SNAP|Q\+A)(?:\s*\d+)?\s*[-:–—]")]
    private static partial Regex SlugRegex();

    [GeneratedRegex(@"^(?:(?:Mon|Tues?|Wed|Thu(?:rs)?|Fri|Sat|Sun)(?:day|nesday|sday|urday)?\.?,?\s+(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?|GMT|BST|EST|EDT|UTC|ET)\b)")]
    private static partial Regex DateStampRegex();

    [GeneratedRegex(@"^([A-Z][A-Z.'’]*(?:[ /-][A-Z][A-Z.'’]*)*)(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2})?(?:\s+(?:--|[-–—|])|--|[–—])")]
    private static partial Regex CapsPlaceRegex();
}
