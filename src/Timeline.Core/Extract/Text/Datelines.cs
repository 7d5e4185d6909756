using System.Text.RegularExpressions;

namespace Timeline.Extract.Text;

/// <summary>
/// Wire copy opens its first sentence with a dateline ("HOUSTON, May 27 (Reuters) - ", "WASHINGTON (AP) -- "), often
/// after a byline and a time stamp; web copy may open on the time stamp alone ("Friday, May 28, 2010; 4:37 PM ").
/// A timeline entry starts after them.
/// </summary>
public static partial class Datelines
{
    /// <summary>How many characters of <paramref name="text"/> the dateline takes, 0 when there is none.</summary>
    public static int Length(string text)
    {
        // The agency's bracket opens within the first 251 characters or the pattern cannot match: most sentences have
        // none, and the lazy scan for one was most of the summary's regex time.
        if (text.AsSpan(0, Math.Min(text.Length, 251)).Contains('('))
        {
            var match = Dateline().Match(text);
            if (match.Success) return match.Length;
        }

        var place = PlaceDateline().Match(text);
        if (place.Success) return place.Length;
        var hyphened = HyphenDateline().Match(text);
        if (hyphened.Success) return hyphened.Length;
        var stamp = TimeStamp().Match(text);
        if (stamp.Success) return stamp.Length;
        var date = DateAlone().Match(text);
        return date.Success ? date.Length : 0;
    }

    // A news agency's name in brackets, then a dash, near the start: what comes before it is place, time and byline.
    [GeneratedRegex(@"^.{0,250}?\((?:Reuters|AP|AFP|UPI|PA|dpa|Bloomberg|Xinhua|PTI|IANS|ANSA|EFE|Kyodo|Yonhap|TASS|Interfax|CNN)\)\s*(?:-{1,2}|\u2013|\u2014)\s+", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Dateline();

    // The place in capitals (a state or a country after its comma as written), then a long dash: "WASHINGTON -- ", "AP NEW ORLEANS --",
    // "OCEAN SPRINGS, Miss. — ". A single hyphen is not one ("BP - the company"), nor are letters too few for a place.
    [GeneratedRegex(@"^(?:AP\s+)?(?=[A-Z.'-]*[A-Z]{3})[A-Z][A-Z.'-]*(?:\s+[A-Z][A-Z.'-]*)*(?:,\s+[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)?)?\s*(?:--|\u2013|\u2014)\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceDateline();

    // A single spaced hyphen closes a dateline only after a place of five capitals or more ("DETROIT - ", "NEW YORK - "): after a
    // short acronym it is a dash of the sentence ("BP - the company", "NATO - the alliance"). Capitals on both sides are a heading
    // ("ADELA GUTIERREZ - FIRST CONFIRMED FATALITY"), and a lowercase word after it a dash of apposition ("MAERSK - the shipping firm -").
    [GeneratedRegex(@"^(?=(?:[A-Z.'\s]*?[A-Z]){5})[A-Z][A-Z.']*(?:\s+[A-Z][A-Z.']*)*(?:,\s+[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)?)?\s+-\s+(?=[A-Z""“])(?![A-Z]{2,}\s+[A-Z]{2,})", RegexOptions.CultureInvariant)]
    private static partial Regex HyphenDateline();

    [GeneratedRegex(@"^(?:[A-Z][a-z]+day,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})[;,]?\s+\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4}T)?\s+", RegexOptions.CultureInvariant)]
    private static partial Regex TimeStamp();

    // A sentence that opens on a date has a comma after it ("June 7, 2011, was ..."); run straight into a capitalised word, it is a dateline.
    [GeneratedRegex(@"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4})\s+(?=[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex DateAlone();
}
