using System.Text.RegularExpressions;

namespace Timeline.Extract.Text;

/// <summary>
/// Page furniture that a scraped page glues into the running text with no sentence punctuation around it: a time stamp
/// ("Monday 20 September 2010 20.07 BST") between the standfirst and the caption, and a photo credit ("Photograph:
/// Gerald Herbert/AP") between the caption and the lead. Each is a sentence of its own, or the headline, the caption and
/// the lead read as one sentence. Pure.
/// </summary>
public static partial class GluedFurniture
{
    /// <summary>The spans (start, end) of time stamps and photo credits in <paramref name="paragraph"/>.</summary>
    public static IEnumerable<(int Start, int End)> Find(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        foreach (var stamp in Stamps(paragraph)) yield return stamp;

        if (paragraph.Contains(':', StringComparison.Ordinal))
        {
            foreach (Match m in CreditRegex().Matches(paragraph)) yield return (m.Index, m.Index + m.Length);
        }

        if (paragraph.Contains("cents", StringComparison.Ordinal))
        {
            foreach (Match m in BulletRegex().Matches(paragraph)) yield return (m.Index, m.Index + m.Length);
        }
    }

    /// <summary>The spans (start, end) of the time stamps in <paramref name="text"/>: a date with a clock time and its zone.</summary>
    public static IEnumerable<(int Start, int End)> Stamps(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Only a text that can hold a stamp ("...day", or a clock's ":") pays for the regex.
        if (text.Contains("day", StringComparison.Ordinal))
        {
            foreach (Match m in StampRegex().Matches(text)) yield return (m.Index, m.Index + m.Length);
        }

        if (text.Contains(':', StringComparison.Ordinal))
        {
            foreach (Match m in MonthFirstStampRegex().Matches(text)) yield return (m.Index, m.Index + m.Length);
        }
    }

    // The time zones pages stamp their clock times with.
    private const string Zone = "(?:BST|GMT|CET|CEST|UTC|EST|EDT|PST|PDT|ET|PT)";

    // A weekday, a full date, a clock time and its zone: when a page was published or updated, never a sentence's words.
    [GeneratedRegex(@"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4},?\s+\d{1,2}[.:]\d\d(?:\s?[ap]\.?m\.?)?(?:\s+" + Zone + @")?\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex StampRegex();

    // The same written month first, as American pages and wire feeds do ("May 12, 2009 12:28 UTC", "Wednesday, May 5, 2010; 12:54
    // PM"): the clock needs its zone or its a.m. or p.m., as a sentence's own date and time are written with words between. A stamp
    // between bars is a reader comment's ("Posted by: wheeljc | June 7, 2010 7:38 PM | Report abuse"): cut there, the comment's
    // words would read as a sentence of the story.
    [GeneratedRegex(@"(?<!\|\s*)\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}[;,]?\s+\d{1,2}:\d\d(?:\s?[AaPp]\.?[Mm]\.?(?:\s+" + Zone + @"\b)?|\s+" + Zone + @"\b)",
        RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirstStampRegex();

    // A list bullet that a page's encoding turned into the word "cents" ("• Ferries return to Bergen • Storm eases" read as
    // "cents Ferries return to Bergen cents Storm eases"): each item is a sentence of its own, or the standfirst's items read
    // as one clause. Only before a capital or a quotation mark, and never after a number or a word of quantity ("84 cents",
    // "a few cents"), where the word is the coin.
    [GeneratedRegex(@"(?<=^|[\s.,;:!?\p{Pd}])(?<!(?:\d|\b(?:few|several|many|of|per|and|or|some|no|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion))\s*)cents\s+(?=[\p{Lu}""'`“‘])",
        RegexOptions.CultureInvariant)]
    private static partial Regex BulletRegex();

    // "Photograph: Gerald Herbert/AP", "Photo: Alex Ogle/AFP/Getty Images": a credit ends at its agency after a slash ("PA
    // Images of the chief executive" opens the next sentence with "Images"); a credit without one ("Photograph: Nasa") ends
    // only where a closed-class word opens the next sentence ("The", "A", "It").
    [GeneratedRegex(@"\b(?:Photograph|Photo|Picture|Illustration|Composite)s?:\s+(?:(?:[A-Z][\w'’.-]*\s+){0,3}?[\w'’.-]+(?:\\?/[\w'’.-]+)+(?:\s+(?:Images|Pictures|Photos|Press)(?!\s+[a-z]))?|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?(?=\s+(?:The|A|An|This|These|Those|That|It|In|On|At|As|After|When|While|But|His|Her|Their|Its|For|With|Some|Most|Many|If|Since|From)\s))",
        RegexOptions.CultureInvariant)]
    private static partial Regex CreditRegex();
}
