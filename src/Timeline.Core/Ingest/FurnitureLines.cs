using System.Text.RegularExpressions;

namespace Timeline.Ingest;

/// <summary>
/// Finds the lines of one article that are page furniture rather than text: menus and link lists (runs of short
/// lines that are not sentences), "Most popular" or "Related links" blocks, and broadcast listings.
/// </summary>
internal static partial class FurnitureLines
{
    /// <summary>Short lines in a row that make a menu or a list of links ("Home", "UK", "Business").</summary>
    public const int ShortRun = 3;

    private const int ShortWords = 4;

    // A related-links list is a run of headlines: longer than menu entries, shorter than the prose that ends it.
    private const int HeadlineWords = 14;

    private const int MaxBlockLines = 20;

    /// <summary>Credits in a row of programmes ("Presenter/Ken Bruce, Producer/Gary Bones") that make the page a schedule.</summary>
    private const int ListingCredits = 3;

    /// <summary>The indices of the furniture lines among <paramref name="lines"/>.</summary>
    public static SortedSet<int> Find(List<BodyLine> lines)
    {
        var found = new SortedSet<int>();
        // A page that credits the presenters and producers of three programmes is a schedule from end to end, not a report.
        if (lines.Sum(l => Credit().Count(l.Text)) >= ListingCredits)
        {
            found.UnionWith(Enumerable.Range(0, lines.Count));
            return found;
        }

        // A page that opens by inviting readers' queries ("here's the place to post a query", "Post your questions below") is a board
        // of their messages from end to end: what it tells are readers' questions and family memories, not a report.
        if (lines.Take(BoardOpeningLines).Any(l => l.WordCount <= NoticeWords && ReadersInvitation().IsMatch(l.Text)))
        {
            found.UnionWith(Enumerable.Range(0, lines.Count));
            return found;
        }

        ShortLineRuns(lines, found);
        HeadedBlocks(lines, found);
        CommentSection(lines, found);
        return found;
    }

    // The story comes first on a page: a notice about comments this early is part of it ("Readers' comments poured in").
    private const int StoryLines = 3;

    // The lines that may invite readers' queries for the page to be their board: its opening, before any story could begin.
    private const int BoardOpeningLines = 5;

    private const int NoticeWords = 25;

    // "We welcome comments that advance the story", "Views expressed in the comments do not represent those of ...", "Add your
    // comments on this story", "Offer them in the comments section below": a news page's notice that readers' comments follow. What comes after it is the readers', not
    // the paper's, to the page's end, where the closing notices ("This discussion is now closed") stand too.
    // The first reader's comment opens the section too, where no notice stands before it: its header or footer, the time it was posted
    // with the reader's name ("At 17:10 26th Apr 2009, Andrew wrote: ...", "9th November 2011 - 8:26 This to me seems ...", "... Posted
    // by: rallyart | April 30, 2010 12:27 PM | Report abuse"), or the moderators' notice in its place ("This comment was removed
    // because the moderators found it broke the house rules").
    private static void CommentSection(List<BodyLine> lines, SortedSet<int> found)
    {
        for (var i = StoryLines; i < lines.Count; i++)
        {
            if (!CommentHeader().IsMatch(lines[i].Text) && (lines[i].WordCount > NoticeWords || !CommentNotice().IsMatch(lines[i].Text))) continue;
            found.UnionWith(Enumerable.Range(i, lines.Count - i));
            return;
        }
    }

    private static void ShortLineRuns(List<BodyLine> lines, SortedSet<int> found)
    {
        var i = 0;
        while (i < lines.Count)
        {
            var j = i;
            while (j < lines.Count && IsMenuEntry(lines[j])) j++;
            if (j - i >= ShortRun) found.UnionWith(Enumerable.Range(i, j - i));
            i = j > i ? j : i + 1;
        }
    }

    // "Most popular", "Related stories", "More from Business": the heading and the headlines under it, up to the prose.
    private static void HeadedBlocks(List<BodyLine> lines, SortedSet<int> found)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].WordCount > 6 || !BlockHeading().IsMatch(lines[i].Text)) continue;
            found.Add(i);
            for (var j = i + 1; j < lines.Count && j <= i + MaxBlockLines && IsHeadline(lines[j]); j++) found.Add(j);
        }
    }

    private static bool IsMenuEntry(BodyLine line) => line.WordCount <= ShortWords && !EndsSentence(line.Text);

    private static bool IsHeadline(BodyLine line) => line.WordCount <= HeadlineWords && !line.Text.EndsWith('.');

    private static bool EndsSentence(string text) => text[^1] is '.' or '!' or '?' or ':' or '"' or '\'' or '”' or '’' or ')';

    [GeneratedRegex(@"^(?:we welcome (?:your )?comments\b|views expressed in (?:the )?comments\b|(?:add|post|leave|submit) (?:a |your )?comments? (?:on this|below|here|using)\b|(?:leave|offer|post|share|add) (?:your |them |thoughts |views )(?:\w+ ){0,3}in the comments? (?:section )?below\b|(?:this discussion|comments) (?:is|are) (?:now )?closed\b|readers'? comments\s*(?:\(\d+\))?$|comments\s*\(\d+\)$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CommentNotice();

    [GeneratedRegex(@"^(?:At\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s+(?:on\s+)?\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}{2,8}\.?,?\s+\d{4},\s+[^,:]{1,60}?\s+wrote:|\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}{2,8}\s+\d{4}\s+-\s+\d{1,2}:\d{2}\s|This comment (?:was|has been) removed (?:because|by)\b)|\bPosted by: [^|]{1,60}\|\s*\p{Lu}\p{Ll}+\.? \d{1,2}, \d{4},? \d{1,2}:\d{2} ?[AP]M(?: [A-Z]{2,4})?\s*\|\s*Report abuse\b", RegexOptions.CultureInvariant)]
    private static partial Regex CommentHeader();

    // "here's the place to post a query", "Post your questions below", "send us your queries": an invitation to ask, which a report
    // does not open with. Comments and experiences invited at a story's end are the comment section's.
    [GeneratedRegex(@"\b(?:(?:here'?s|here is|this is) the place to (?:post|send|leave|share)\b|(?:post|send|submit|leave) (?:us )?(?:a|your) (?:query|queries|question|questions|request|requests)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReadersInvitation();

    [GeneratedRegex(@"\b(?:Presenters?|Producers?)\s?\\?/\s?\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex Credit();

    [GeneratedRegex(@"^(?:most (?:popular|read|viewed|shared|watched|commented)|related (?:links|stories|articles|content|coverage|topics|videos?|news)|more (?:from|on this story|stories|news)|top stories|see also|also in the news|share this|from around the web|you (?:might|may) also like|recommended(?: for you)?|elsewhere on the web|useful links|external links)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BlockHeading();
}
