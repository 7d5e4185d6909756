using System.Text;

namespace Timeline.Render.Exports;

/// <summary><c>key-events.csv</c> (quoted as <c>events.csv</c> is): one row per sentence of a key date, in date order.</summary>
internal static class KeyEventsCsvExport
{
    public const string FileName = "key-events.csv";

    private static readonly string[] Header = ["date", "text", "article", "article_title", "article_url", "event", "event_title", "actors", "pinned"];

    public static byte[] Write(KeyEventsInput input)
    {
        var text = new StringBuilder();
        Row(text, Header);
        foreach (var date in input.Dates)
        {
            foreach (var entry in date.Entries)
            {
                Row(text,
                [
                    KeyEventsInput.Iso(date.Date),
                    entry.Text,
                    entry.Article ?? "",
                    input.Article(entry)?.Title ?? "",
                    input.Article(entry)?.Url ?? "",
                    entry.Event ?? "",
                    input.Event(entry)?.Title ?? "",
                    string.Join("; ", entry.Actors.Distinct(StringComparer.Ordinal).Select(a => input.Timeline.ActorName(a) ?? a)),
                    date.Pinned || entry.Pinned ? "yes" : "no",
                ]);
            }
        }

        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString());
    }

    private static void Row(StringBuilder text, IEnumerable<string> fields) => text.AppendJoin(',', fields.Select(CsvExport.Field)).Append('\n');
}
