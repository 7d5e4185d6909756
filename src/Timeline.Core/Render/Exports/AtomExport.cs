using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using Timeline.Model;

namespace Timeline.Render.Exports;

/// <summary>
/// <c>feed.xml</c>, an Atom feed (RFC 4287) of the events, newest first. Ids are the event pages'
/// addresses when the base URL is known, else stable name-based UUIDs; links are relative to the feed.
/// </summary>
internal static class AtomExport
{
    public const string FileName = "feed.xml";
    private const string Ns = "http://www.w3.org/2005/Atom";

    public static byte[] Write(ExportInput input) => XmlText.Write(w =>
    {
        WriteHead(w, input, input.Settings.BaseUrl ?? Urn("feed:" + input.Title), input.Title, input.Settings.Description, FileName);
        for (var i = input.Events.Count - 1; i >= 0; i--)
        {
            WriteEntry(w, input.Events[i], input);
        }

        w.WriteEndElement();
        w.WriteEndDocument();
    });

    /// <summary>The feed's opening: its language, id, title, time, links to the site and to itself, author and generator.</summary>
    internal static void WriteHead(XmlWriter w, ExportInput input, string id, string title, string? subtitle, string fileName)
    {
        w.WriteStartDocument();
        w.WriteStartElement("feed", Ns);
        w.WriteAttributeString("xml", "lang", null, XmlText.Clean(input.Settings.Language));
        w.WriteElementString("id", Ns, XmlText.Clean(id));
        w.WriteElementString("title", Ns, XmlText.Clean(title));
        if (subtitle is not null)
        {
            w.WriteElementString("subtitle", Ns, XmlText.Clean(subtitle));
        }

        w.WriteElementString("updated", Ns, Stamp(input.AsOf));
        Link(w, "alternate", "text/html", input.Link("index.html"));
        if (input.Settings.BaseUrl is not null)
        {
            Link(w, "self", "application/atom+xml", input.Link(fileName));
        }

        w.WriteStartElement("author", Ns);
        w.WriteElementString("name", Ns, XmlText.Clean(input.Title));
        w.WriteEndElement();
        w.WriteElementString("generator", Ns, "Timeline");
    }

    private static void WriteEntry(XmlWriter w, TimelineEvent e, ExportInput input)
    {
        var page = PageNames.IsSafe(e.Id) ? PageNames.Event(e.Id) : "index.html#" + Uri.EscapeDataString(e.Id);
        var anchor = e.Date.Anchor is { } id && input.EventsById.TryGetValue(id, out var a) && a != e ? a.Date : null;
        var day = EventPlacement.Of(e, input.EventsById)?.Start ?? input.AsOf;
        w.WriteStartElement("entry", Ns);
        w.WriteElementString("id", Ns, XmlText.Clean(input.Settings.BaseUrl is not null ? input.Link(page) : Urn("event:" + e.Id)));
        w.WriteElementString("title", Ns, XmlText.Clean(e.Title));
        // Atom's updated is required; the event's own day keeps the feed stable between builds.
        w.WriteElementString("updated", Ns, Stamp(day > input.AsOf ? input.AsOf : day));
        Link(w, "alternate", "text/html", input.Link(page));
        if (EventTypes.Key(e.Type) is { } type)
        {
            w.WriteStartElement("category", Ns);
            w.WriteAttributeString("term", XmlText.Clean(type));
            w.WriteAttributeString("label", XmlText.Clean(EventTypes.Label(type)));
            w.WriteEndElement();
        }

        w.WriteStartElement("summary", Ns);
        w.WriteAttributeString("type", "text");
        w.WriteString(XmlText.Clean(DateDisplay.Format(e.Date, anchor) + (e.Summary is { } s ? ": " + s : "")));
        w.WriteEndElement();
        w.WriteEndElement();
    }

    internal static void Link(XmlWriter w, string rel, string type, string href)
    {
        w.WriteStartElement("link", Ns);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("href", XmlText.Clean(href));
        w.WriteEndElement();
    }

    internal static string Stamp(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    /// <summary>A name-based UUID as a URN (RFC 9562 version 8 from SHA-256): the same name always gives the same id.</summary>
    internal static string Urn(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("timeline:" + name));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(hash.AsSpan(0, 16));
        return $"urn:uuid:{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }
}
