using System.Xml;
using Timeline.Model;

namespace Timeline.Render.Exports;

/// <summary><c>key-events.xml</c>: an Atom feed (RFC 4287) with one entry per key date, newest first, beside <c>feed.xml</c>.</summary>
internal static class KeyEventsAtomExport
{
    public const string FileName = "key-events.xml";
    private const string Ns = "http://www.w3.org/2005/Atom";

    public static byte[] Write(KeyEventsInput input) => XmlText.Write(w =>
    {
        var timeline = input.Timeline;
        AtomExport.WriteHead(w, timeline, timeline.Settings.BaseUrl is { } url ? url + FileName : AtomExport.Urn("key-events:" + timeline.Title),
            timeline.Title + ": key events", subtitle: null, FileName);
        for (var i = input.Dates.Count - 1; i >= 0; i--)
        {
            WriteEntry(w, input.Dates[i], input);
        }

        w.WriteEndElement();
        w.WriteEndDocument();
    });

    private static void WriteEntry(XmlWriter w, KeyDate date, KeyEventsInput input)
    {
        var timeline = input.Timeline;
        var iso = KeyEventsInput.Iso(date.Date);
        w.WriteStartElement("entry", Ns);
        w.WriteElementString("id", Ns, XmlText.Clean(timeline.Settings.BaseUrl is not null ? input.Link(date.Date) : AtomExport.Urn("key-date:" + iso)));
        w.WriteElementString("title", Ns, XmlText.Clean(KeyEventsInput.Display(date.Date) + ": " + date.Entries[0].Text));
        // As in feed.xml: the day itself keeps the feed stable between builds, never later than the newest article.
        w.WriteElementString("updated", Ns, AtomExport.Stamp(date.Date > timeline.AsOf ? timeline.AsOf : date.Date));
        AtomExport.Link(w, "alternate", "text/html", input.Link(date.Date));
        w.WriteStartElement("summary", Ns);
        w.WriteAttributeString("type", "text");
        w.WriteString(XmlText.Clean(string.Join("\n", date.Entries.Select(e => e.Text))));
        w.WriteEndElement();
        w.WriteEndElement();
    }
}
