using System.Text.RegularExpressions;
using Timeline.Extract.Text;

namespace Timeline.Extract.Events;

/// <summary>
/// The people a live blog or a column names as the writer's own staff: "my colleague Ida Berg", "our Nordic correspondent,
/// Lars Holm". What the blog later tells of them ("Ida has just arrived at the hearing", "Lars Holm has spoken to the mayor")
/// is the newsroom at work, like the writer's own "I" and "we", not a happening of the story. A "my colleague" inside a
/// quotation is the speaker's, not the writer's. Pure.
/// </summary>
public static partial class WriterColleagues
{
    /// <summary>The full names the writer introduces as colleagues, outside quotation marks.</summary>
    public static HashSet<string> Find(IEnumerable<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (Match m in ColleagueRegex().Matches(sentence.Text))
            {
                if (!HappeningScreen.InQuotation(sentence.Text, m.Index)) names.Add(m.Groups["name"].Value);
            }
        }

        return names;
    }

    // "my colleague Ida Berg", "My hard-working colleague, Lars Holm", "our US business correspondent Ida Berg".
    [GeneratedRegex(@"\b(?:[Oo]ur|[Mm]y)\s+(?:[\w'’-]+\s+){0,3}?(?:colleague|correspondent|reporter|columnist|blogger)s?,?\s+(?<name>(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}))")]
    private static partial Regex ColleagueRegex();
}
