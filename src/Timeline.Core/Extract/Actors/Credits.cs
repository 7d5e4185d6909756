using System.Text.RegularExpressions;
using Timeline.Extract.Text;

namespace Timeline.Extract.Actors;

/// <summary>
/// Tells the names in a story's credits from the names in its story: "(Reporting by Ann Lee; Editing by Tom Hale)",
/// "Photograph: Jae Park/AP", a "By Ann Lee" byline, the agency in a wire dateline ("CAIRO (Reuters) - "). Those who wrote, edited,
/// photographed or filed a story take no part in it.
/// </summary>
internal static partial class Credits
{
    /// <summary>How far back a credit's cue may open before the name it credits ("Reporting by A, B and C in Houston; ...").</summary>
    private const int Reach = 160;

    /// <summary>Whether the mention starting at <paramref name="start"/> is a name in a credit line.</summary>
    public static bool IsCredit(string body, int start)
    {
        var before = ActorEvidence.Before(body, start, Reach);
        return CreditCue().IsMatch(before) || Byline().IsMatch(before) || InDatelineBracket(body, start);
    }

    // "CAIRO (Reuters) - Hosni Mubarak resigned": the agency in the brackets of the dateline that opens a paragraph filed the story.
    private static bool InDatelineBracket(string body, int start)
    {
        if (start == 0 || body[start - 1] != '(') return false;
        var line = start > 1 ? body.LastIndexOf('\n', start - 1) + 1 : 0;
        return start - line <= DatelineReach && Datelines.Length(body[line..Math.Min(body.Length, line + DatelineReach + 40)]) > start - line;
    }

    // How far into its paragraph a dateline's bracket may open ("GRAND ISLE, Louisiana, June 3, 2010 (Reuters)").
    private const int DatelineReach = 250;

    // The cue, then only names, commas, "and", "in <place>" up to the mention ("Jae C. Park", "Ann Lee and Bo Ray in Houston, Cy Hale"):
    // a caption running on after a photographer's name is no credit.
    [GeneratedRegex(@"(?:\b(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Cc]ompiled|[Ee]dited|[Ww]ritten|[Pp]hotographs?|[Pp]hotos|[Pp]ictures|[Ii]llustrations?)\s+by|\b(?:Photograph|Photo|Picture|Illustration|Composite|Credit)s?\s*:)(?>[\s,/\\]+|(?:[A-Z][\w'’-]*|and|in)\b\.?)*$", RegexOptions.CultureInvariant)]
    private static partial Regex CreditCue();

    // "By Ann Lee" opening a line, the name next, not "By Friday, Ann Lee said".
    [GeneratedRegex(@"(?:^|\n)[ \t]*(?:By|BY)[ \t]+(?:[A-Z][\w'’-]*\.?[ \t]+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();
}
