using System.Globalization;
using System.Text;
using Timeline.Model;

namespace Timeline.Render.Exports;

/// <summary>
/// <c>timeline.ics</c>, an RFC 5545 calendar: one all-day VEVENT per event that can be placed, planned
/// ones TENTATIVE. RFC 5545 requires CRLF line ends and lines folded at 75 octets, so this one file
/// does not use '\n'.
/// </summary>
internal static class CalendarExport
{
    public const string FileName = "timeline.ics";
    private const int MaxOctets = 75;

    public static byte[] Write(ExportInput input)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Timeline//Timeline static site//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + Escape(input.Title),
        };
        var stamp = input.AsOf.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "T000000Z";
        var domain = input.Settings.BaseUrl is { } url ? new Uri(url).Host : "timeline.invalid";
        foreach (var e in input.Events)
        {
            if (EventPlacement.Of(e, input.EventsById) is not { } placed)
            {
                continue;
            }

            var anchor = e.Date.Anchor is { } id && input.EventsById.TryGetValue(id, out var a) && a != e ? a.Date : null;
            lines.Add("BEGIN:VEVENT");
            lines.Add($"UID:{Escape(e.Id)}@{domain}");
            lines.Add("DTSTAMP:" + stamp);
            lines.Add("DTSTART;VALUE=DATE:" + Day(placed.Start));
            // DTEND of an all-day event is exclusive: the day after the last one, which 9999-12-31 has not.
            lines.Add(placed.End < DateOnly.MaxValue
                ? "DTEND;VALUE=DATE:" + Day(placed.End.AddDays(1))
                : string.Create(CultureInfo.InvariantCulture, $"DURATION:P{placed.End.DayNumber - placed.Start.DayNumber + 1}D"));
            lines.Add("SUMMARY:" + Escape(e.Title));
            var description = DateDisplay.Format(e.Date, anchor) + (e.Summary is { } s ? "\n" + s : "");
            lines.Add("DESCRIPTION:" + Escape(description));
            var categories = (EventTypes.Key(e.Type) is { } type ? [EventTypes.Label(type)] : Array.Empty<string>())
                .Concat(e.Tags.Where(t => !string.IsNullOrWhiteSpace(t))).ToList();
            if (categories.Count > 0)
            {
                lines.Add("CATEGORIES:" + string.Join(',', categories.Select(Escape)));
            }

            if (e.Place is { } place)
            {
                lines.Add("LOCATION:" + Escape(input.ActorName(place) ?? place));
            }

            lines.Add("STATUS:" + (e.Date.Planned || e.Status == EventStatus.Planned ? "TENTATIVE" : "CONFIRMED"));
            lines.Add("TRANSP:TRANSPARENT");
            if (input.Settings.BaseUrl is not null && PageNames.IsSafe(e.Id))
            {
                lines.Add("URL:" + input.Link(PageNames.Event(e.Id)));
            }

            lines.Add("END:VEVENT");
        }

        lines.Add("END:VCALENDAR");
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(text, line);
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>
    /// TEXT values escape backslash, ';', ',' and line breaks (RFC 5545 3.3.11), so no text can start a property
    /// of its own; other control characters, which TEXT may not hold, become spaces.
    /// </summary>
    public static string Escape(string text) => new string([.. text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal)
        .Replace("\u0085", "\\n", StringComparison.Ordinal)
        .Replace("\u2028", "\\n", StringComparison.Ordinal)
        .Replace("\u2029", "\\n", StringComparison.Ordinal)
        .Select(c => char.IsControl(c) || c is '\uFFFE' or '\uFFFF' ? ' ' : c)]);

    /// <summary>Splits a content line into 75-octet pieces, never inside a UTF-8 character (RFC 5545 3.1).</summary>
    public static void Fold(StringBuilder output, string line)
    {
        var octets = 0;
        var limit = MaxOctets;
        for (var i = 0; i < line.Length; i++)
        {
            var width = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 4 : Encoding.UTF8.GetByteCount(line.AsSpan(i, 1));
            if (octets + width > limit)
            {
                output.Append("\r\n ");
                octets = 0;
                limit = MaxOctets - 1; // the leading space of a continuation line counts
            }

            output.Append(line[i]);
            if (width == 4)
            {
                output.Append(line[++i]);
            }

            octets += width;
        }

        output.Append("\r\n");
    }

    private static string Day(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
