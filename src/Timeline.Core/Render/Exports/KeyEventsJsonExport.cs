using System.Text.Json;
using Timeline.Model;

namespace Timeline.Render.Exports;

/// <summary><c>key-events.json</c>: each key date with its sentences, their articles, events and actors.</summary>
internal static class KeyEventsJsonExport
{
    public const string FileName = "key-events.json";

    public static byte[] Write(KeyEventsInput input) => JsonText.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("title", input.Timeline.Title);
        w.WriteStartArray("dates");
        foreach (var date in input.Dates)
        {
            w.WriteStartObject();
            w.WriteString("date", KeyEventsInput.Iso(date.Date));
            w.WriteString("display", KeyEventsInput.Display(date.Date));
            if (date.Salience is { } salience)
            {
                w.WriteNumber("salience", salience);
            }
            else
            {
                w.WriteNull("salience");
            }

            w.WriteNumber("articles", date.Articles);
            w.WriteBoolean("pinned", date.Pinned);
            w.WriteString("page", input.Link(date.Date));
            w.WriteStartArray("entries");
            foreach (var entry in date.Entries)
            {
                WriteEntry(w, entry, input);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static void WriteEntry(Utf8JsonWriter w, KeyEntry entry, KeyEventsInput input)
    {
        w.WriteStartObject();
        w.WriteString("text", entry.Text);
        JsonText.Optional(w, "article", entry.Article);
        JsonText.Optional(w, "article_title", input.Article(entry)?.Title);
        JsonText.Optional(w, "article_url", input.Article(entry)?.Url);
        JsonText.Optional(w, "article_page", input.ArticlePage(entry));
        JsonText.Optional(w, "event", entry.Event);
        JsonText.Optional(w, "event_page", input.EventPage(entry));
        w.WriteBoolean("pinned", entry.Pinned);
        w.WriteStartArray("actors");
        foreach (var actor in entry.Actors.Distinct(StringComparer.Ordinal))
        {
            w.WriteStartObject();
            w.WriteString("id", actor);
            JsonText.Optional(w, "name", input.Timeline.ActorName(actor));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
