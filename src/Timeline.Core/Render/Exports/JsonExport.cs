using System.Globalization;
using System.Text.Json;
using Timeline.Model;

namespace Timeline.Render.Exports;

/// <summary><c>events.json</c>: every event in chronological order with its date, actors and sources, then the actors and articles.</summary>
internal static class JsonExport
{
    public const string FileName = "events.json";

    public static byte[] Write(ExportInput input) => JsonText.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("title", input.Title);
        w.WriteStartArray("events");
        foreach (var e in input.Events)
        {
            WriteEvent(w, e, input);
        }

        w.WriteEndArray();
        w.WriteStartArray("actors");
        foreach (var a in input.Data.Actors.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            w.WriteStartObject();
            w.WriteString("id", a.Id);
            w.WriteString("name", a.Name);
            w.WriteString("kind", a.Kind.ToString().ToLowerInvariant());
            JsonText.Optional(w, "role", a.Role);
            JsonText.Optional(w, "country", a.Country);
            Strings(w, "aliases", a.Aliases);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("articles");
        foreach (var a in input.Data.Articles.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            w.WriteStartObject();
            w.WriteString("id", a.Id);
            w.WriteString("title", a.Title);
            JsonText.Optional(w, "date", a.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            JsonText.Optional(w, "source", a.Source);
            JsonText.Optional(w, "url", a.Url);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static void WriteEvent(Utf8JsonWriter w, TimelineEvent e, ExportInput input)
    {
        var anchor = e.Date.Anchor is { } id && input.EventsById.TryGetValue(id, out var a) && a != e ? a.Date : null;
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("title", e.Title);
        JsonText.Optional(w, "summary", e.Summary);
        w.WriteStartObject("date");
        w.WriteString("display", DateDisplay.Format(e.Date, anchor));
        w.WriteString("value", e.Date.Value);
        w.WriteString("precision", e.Date.Precision.ToString().ToLowerInvariant());
        JsonText.Optional(w, "start", Iso(e.Date.Start));
        JsonText.Optional(w, "end", Iso(e.Date.End));
        w.WriteBoolean("approximate", e.Date.Approximate);
        w.WriteBoolean("planned", e.Date.Planned);
        w.WriteString("relation", e.Date.Relation.ToString().ToLowerInvariant());
        JsonText.Optional(w, "anchor", e.Date.Anchor);
        JsonText.Optional(w, "text", e.Date.Text);
        JsonText.Optional(w, "article", e.Date.Article);
        w.WriteEndObject();
        w.WriteString("status", e.Status.ToString().ToLowerInvariant());
        JsonText.Optional(w, "type", e.Type);
        // Null for an event a person wrote.
        if (e.Confidence is { } confidence)
        {
            w.WriteNumber("confidence", confidence);
        }
        else
        {
            w.WriteNull("confidence");
        }

        w.WriteStartArray("actors");
        foreach (var actor in e.Actors.Distinct(StringComparer.Ordinal))
        {
            w.WriteStartObject();
            w.WriteString("id", actor);
            JsonText.Optional(w, "name", input.ActorName(actor));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        JsonText.Optional(w, "place", e.Place);
        Strings(w, "tags", e.Tags);
        Strings(w, "sources", e.Sources.Select(s => s.Article).Distinct(StringComparer.Ordinal));
        JsonText.Optional(w, "page", PageNames.IsSafe(e.Id) ? input.Link(PageNames.Event(e.Id)) : null);
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
