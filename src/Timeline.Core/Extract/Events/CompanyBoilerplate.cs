using System.Text.RegularExpressions;

namespace Timeline.Extract.Events;

/// <summary>
/// The "About the company" block a press release ends with: a paragraph that is only a heading "About" and the company's
/// name ("About Norsk Hydro ASA"), then what the company is and does ("X is a leading maker of ...", "X is currently
/// developing ..."). It describes, it does not report: nothing from the heading on tells a happening. Pure.
/// </summary>
public static partial class CompanyBoilerplate
{
    /// <summary>Whether <paramref name="paragraph"/> is the heading that opens the block: "About" and a capitalised name, nothing else.</summary>
    public static bool IsHeading(string paragraph) => HeadingRegex().IsMatch(paragraph.Trim());

    // "About Hydro", "About Norsk Hydro ASA.", "About Acme Labs, Inc.": every word capitalised (or a company suffix), at most eight.
    [GeneratedRegex(@"^(?:\*\*)?About\s+(?-i:[A-Z0-9][\w&'’.-]*)(?:,?\s+(?-i:[A-Z0-9&][\w&'’.-]*)){0,7}[.:]*(?:\*\*)?$")]
    private static partial Regex HeadingRegex();
}
