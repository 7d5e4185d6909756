using System.Text.RegularExpressions;

namespace Timeline.Extract.Events;

/// <summary>
/// A clause that opens with "When ..." sets the time of the main clause by a happening the reader is taken to know: "When
/// Lars Holm took office, he inherited a large debt", "When Maersk bought the yard in 1998, Holm moved to Aarhus". It is told
/// as background, not as news, so its verb gives no event; the main clause after its comma does, and may keep the time the
/// "when" clause names. Pure.
/// </summary>
public static partial class OpeningWhen
{
    /// <summary>How many characters of <paramref name="clause"/> the opening "When ..." clause takes, its comma included; 0 when there is none.</summary>
    public static int Length(string clause) => WhenRegex().Match(clause) is { Success: true } m ? m.Length : 0;

    // Up to the comma that closes it; a question ("When will ...?") has no comma to close it.
    [GeneratedRegex(@"^[\s""“‘']*When\s+[^,;?""“”]{3,}?,\s+(?=\S)")]
    private static partial Regex WhenRegex();
}
