using System.Text.Json;
using Timeline.Model;

namespace Timeline.Render.Exports;

/// <summary>
/// <c>timeline.json</c> in the TimelineJS3 format: a title slide and one slide per event that can be
/// placed on the calendar, dated at its precision, grouped by event type. Every text field is HTML there, so escaped.
/// </summary>
internal static class TimelineJsExport
{
    public const string FileName = "timeline.json";

    public static byte[] Write(ExportInput input) => JsonText.Write(w =>
    {
        w.WriteStartObject();
        w.WriteStartObject("title");
        Text(w, input.Title, input.Settings.Description is { } d ? $"<p>{Html.Escape(d)}</p>" : null);
        w.WriteEndObject();
        w.WriteStartArray("events");
        foreach (var e in input.Events)
        {
            if (EventPlacement.Of(e, input.EventsById) is { } placed)
            {
                WriteEvent(w, e, placed, input);
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static void WriteEvent(Utf8JsonWriter w, TimelineEvent e, (DateOnly Start, DateOnly End, DatePrecision Precision) placed, ExportInput input)
    {
        var anchor = e.Date.Anchor is { } id && input.EventsById.TryGetValue(id, out var a) && a != e ? a.Date : null;
        var display = DateDisplay.Format(e.Date, anchor);
        w.WriteStartObject();
        w.WriteString("unique_id", Html.Escape(e.Id));
        Date(w, "start_date", placed.Start, placed.Precision, display);
        if (placed.End > placed.Start && placed.Precision >= DatePrecision.Day)
        {
            Date(w, "end_date", placed.End, placed.Precision, null);
        }

        var body = e.Summary is null ? "" : $"<p>{Html.Escape(e.Summary)}</p>";
        var who = e.Actors.Select(x => input.ActorName(x) ?? x).Distinct(StringComparer.Ordinal).ToList();
        if (who.Count > 0)
        {
            body += $"<p>{Html.Escape(string.Join(", ", who))}</p>";
        }

        Text(w, e.Title, body.Length == 0 ? null : body);
        if (EventTypes.Key(e.Type) is { } type)
        {
            w.WriteString("group", Html.Escape(EventTypes.Label(type)));
        }

        w.WriteEndObject();
    }

    /// <summary>A slide's text: the headline escaped, the body already HTML.</summary>
    private static void Text(Utf8JsonWriter w, string headline, string? htmlBody)
    {
        w.WriteStartObject("text");
        w.WriteString("headline", Html.Escape(headline));
        if (htmlBody is not null)
        {
            w.WriteString("text", htmlBody);
        }

        w.WriteEndObject();
    }

    /// <summary>TimelineJS dates are objects whose fields stop at the known precision: <c>{"year": 2024}</c> for a year.</summary>
    private static void Date(Utf8JsonWriter w, string name, DateOnly day, DatePrecision precision, string? display)
    {
        w.WriteStartObject(name);
        w.WriteNumber("year", day.Year);
        if (precision >= DatePrecision.Season)
        {
            w.WriteNumber("month", day.Month);
        }

        if (precision >= DatePrecision.Week)
        {
            w.WriteNumber("day", day.Day);
        }

        if (display is not null)
        {
            w.WriteString("display_date", Html.Escape(display));
        }

        w.WriteEndObject();
    }
}
