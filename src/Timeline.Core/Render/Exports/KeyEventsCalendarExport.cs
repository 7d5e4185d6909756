using System.Globalization;
using System.Text;

namespace Timeline.Render.Exports;

/// <summary>
/// <c>key-events.ics</c>: one all-day event per key date, its first sentence as the title and every sentence in the
/// description; escaped and folded as <c>timeline.ics</c> is (RFC 5545, CRLF line ends).
/// </summary>
internal static class KeyEventsCalendarExport
{
    public const string FileName = "key-events.ics";

    public static byte[] Write(KeyEventsInput input)
    {
        var timeline = input.Timeline;
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Timeline//Timeline static site//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + CalendarExport.Escape(timeline.Title + ": key events"),
        };
        var stamp = timeline.AsOf.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "T000000Z";
        var domain = timeline.Settings.BaseUrl is { } url ? new Uri(url).Host : "timeline.invalid";
        foreach (var date in input.Dates)
        {
            lines.Add("BEGIN:VEVENT");
            lines.Add($"UID:key-{KeyEventsInput.Iso(date.Date)}@{domain}");
            lines.Add("DTSTAMP:" + stamp);
            lines.Add("DTSTART;VALUE=DATE:" + Day(date.Date));
            if (date.Date < DateOnly.MaxValue)
            {
                lines.Add("DTEND;VALUE=DATE:" + Day(date.Date.AddDays(1)));
            }

            lines.Add("SUMMARY:" + CalendarExport.Escape(date.Entries[0].Text));
            lines.Add("DESCRIPTION:" + CalendarExport.Escape(string.Join("\n", date.Entries.Select(e => e.Text))));
            lines.Add("TRANSP:TRANSPARENT");
            if (timeline.Settings.BaseUrl is not null)
            {
                lines.Add("URL:" + input.Link(date.Date));
            }

            lines.Add("END:VEVENT");
        }

        lines.Add("END:VCALENDAR");
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            CalendarExport.Fold(text, line);
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Day(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
