using System.Globalization;
using System.Text;
using Timeline.Model;

namespace Timeline.Render.Exports;

/// <summary>
/// <c>events.csv</c> (RFC 4180 quoting, UTF-8, '\n' rows): one row per event in chronological order,
/// lists joined with "; ", so a spreadsheet opens the timeline as it is. Confidence is empty for an event a person wrote.
/// </summary>
internal static class CsvExport
{
    public const string FileName = "events.csv";

    private static readonly string[] Header =
        ["id", "date", "start", "end", "precision", "approximate", "planned", "relation", "anchor", "status", "type", "title", "summary", "actors", "place", "tags", "sources", "confidence"];

    public static byte[] Write(ExportInput input)
    {
        var text = new StringBuilder();
        Row(text, Header);
        foreach (var e in input.Events)
        {
            var anchor = e.Date.Anchor is { } id && input.EventsById.TryGetValue(id, out var a) && a != e ? a.Date : null;
            Row(text,
            [
                e.Id,
                DateDisplay.Format(e.Date, anchor),
                Iso(e.Date.Start),
                Iso(e.Date.End),
                e.Date.Precision.ToString().ToLowerInvariant(),
                e.Date.Approximate ? "yes" : "no",
                e.Date.Planned ? "yes" : "no",
                e.Date.Relation.ToString().ToLowerInvariant(),
                e.Date.Anchor ?? "",
                e.Status.ToString().ToLowerInvariant(),
                e.Type ?? "",
                e.Title,
                e.Summary ?? "",
                string.Join("; ", e.Actors.Distinct(StringComparer.Ordinal).Select(x => input.ActorName(x) ?? x)),
                e.Place is { } p ? input.ActorName(p) ?? p : "",
                string.Join("; ", e.Tags),
                string.Join("; ", e.Sources.Select(s => s.Article).Distinct(StringComparer.Ordinal)
                    .Select(s => input.Articles.TryGetValue(s, out var art) ? art.Url ?? art.Title : s)),
                e.Confidence?.ToString(CultureInfo.InvariantCulture) ?? "",
            ]);
        }

        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString());
    }

    public static string Field(string value)
    {
        // OWASP's advice on CSV injection: a cell a spreadsheet would read as a formula starts with a quote instead.
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static void Row(StringBuilder text, IEnumerable<string> fields) => text.AppendJoin(',', fields.Select(Field)).Append('\n');

    private static string Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
