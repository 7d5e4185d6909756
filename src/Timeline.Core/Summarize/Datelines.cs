using System.Text.RegularExpressions;

namespace Timeline.Summarize;

/// <summary>
/// Wire copy opens its first sentence with a dateline ("HOUSTON, May 27 (Reuters) - ", "WASHINGTON (AP) -- "), often
/// after a byline and a time stamp; a timeline entry starts after it.
/// </summary>
public static partial class Datelines
{
    /// <summary>How many characters of <paramref name="text"/> the dateline takes, 0 when there is none.</summary>
    public static int Length(string text)
    {
        var match = Dateline().Match(text);
        return match.Success ? match.Length : 0;
    }

    // A news agency's name in brackets, then a dash, near the start: what comes before it is place, time and byline.
    [GeneratedRegex(@"^.{0,250}?\((?:Reuters|AP|AFP|UPI|PA|dpa|Bloomberg|Xinhua|PTI|IANS|ANSA|EFE|Kyodo|Yonhap|TASS|Interfax|CNN)\)\s*(?:-{1,2}|\u2013|\u2014)\s+", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Dateline();
}
