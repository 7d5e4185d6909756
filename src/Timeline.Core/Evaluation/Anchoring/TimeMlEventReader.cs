using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Timeline.Evaluation.Anchoring;

/// <summary>
/// Reads the gold anchors of a TimeML document: each EVENT of TEXT that a TLINK puts inside, during or
/// at the same time as a DATE or TIME whose value is a calendar day, month or year (the DCT included).
/// </summary>
/// <remarks>
/// Links read: <c>eventInstanceID</c> IS_INCLUDED / DURING / SIMULTANEOUS <c>relatedToTime</c>, and
/// <c>timeID</c> INCLUDES / DURING / SIMULTANEOUS <c>relatedToEventInstance</c>. Values are cut to ten
/// characters (a TIME keeps its day) and must then be <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>:
/// quarters, weeks, seasons and <c>XX</c> values are left out, as a year-cut would score them too kindly.
/// An event with several such links keeps the most specific: a time of the text before the DCT, then the
/// longest value, then the first link in the file. Anchors are per EVENT, whatever its instances.
/// </remarks>
public static partial class TimeMlEventReader
{
    /// <param name="document">The gold document.</param>
    /// <param name="eventFirstOnly">Read only links written from the event to the time (<c>eventInstanceID</c> to <c>relatedToTime</c>), as the issue that set the figure counts them.</param>
    public static IReadOnlyList<GoldAnchor> Read(TimeMlDocument document, bool eventFirstOnly = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        var xml = Load(document.Source);
        var times = xml.Descendants().Where(e => e.Name.LocalName == "TIMEX3")
            .Select(Time)
            .Where(t => t.HasValue)
            .Select(t => t!.Value)
            .DistinctBy(t => t.Tid, StringComparer.Ordinal)
            .ToDictionary(t => t.Tid, StringComparer.Ordinal);
        var instances = xml.Descendants().Where(e => e.Name.LocalName == "MAKEINSTANCE")
            .Select(e => (Eiid: e.Attribute("eiid")?.Value, Eid: e.Attribute("eventID")?.Value))
            .Where(i => i.Eiid is not null && i.Eid is not null)
            .DistinctBy(i => i.Eiid, StringComparer.Ordinal)
            .ToDictionary(i => i.Eiid!, i => i.Eid!, StringComparer.Ordinal);
        var events = document.Events.DistinctBy(e => e.Eid, StringComparer.Ordinal).ToDictionary(e => e.Eid, StringComparer.Ordinal);
        var textTimes = document.Timexes.DistinctBy(t => t.Tid, StringComparer.Ordinal).ToDictionary(t => t.Tid, t => t.Text, StringComparer.Ordinal);

        var candidates = new List<GoldAnchor>();
        foreach (var link in xml.Descendants().Where(e => e.Name.LocalName == "TLINK"))
        {
            if (Anchor(link, eventFirstOnly) is not { } anchor) continue;
            var (eiid, tid) = anchor;
            if (!times.TryGetValue(tid, out var time) || !instances.TryGetValue(eiid, out var eid) || !events.TryGetValue(eid, out var gold)) continue;
            candidates.Add(new GoldAnchor
            {
                Event = gold,
                Eiid = eiid,
                Value = time.Value,
                Tid = tid,
                FromDct = time.Dct,
                TimexText = textTimes.GetValueOrDefault(tid) ?? time.Value,
            });
        }

        return [.. candidates
            .GroupBy(c => c.Event.Eid, StringComparer.Ordinal)
            .Select(g => g.OrderBy(c => c.FromDct).ThenByDescending(c => c.Value.Length).First())
            .OrderBy(a => a.Event.Start).ThenBy(a => a.Event.End)];
    }

    /// <summary>The instance and time of a link that places the event within the time, whichever way it is written.</summary>
    private static (string Eiid, string Tid)? Anchor(XElement link, bool eventFirstOnly)
    {
        var relation = link.Attribute("relType")?.Value;
        if (link.Attribute("eventInstanceID")?.Value is { } eiid && link.Attribute("relatedToTime")?.Value is { } time
            && relation is "IS_INCLUDED" or "DURING" or "SIMULTANEOUS")
        {
            return (eiid, time);
        }

        if (!eventFirstOnly && link.Attribute("timeID")?.Value is { } tid && link.Attribute("relatedToEventInstance")?.Value is { } instance
            && relation is "INCLUDES" or "DURING" or "SIMULTANEOUS")
        {
            return (instance, tid);
        }

        return null;
    }

    private static (string Tid, string Value, bool Dct)? Time(XElement timex)
    {
        var tid = timex.Attribute("tid")?.Value;
        var value = timex.Attribute("value")?.Value ?? "";
        var day = value.Length > 10 ? value[..10] : value;
        if (tid is null || timex.Attribute("type")?.Value is not ("DATE" or "TIME") || !CalendarRegex().IsMatch(day)) return null;
        var dct = timex.Attribute("functionInDocument")?.Value == "CREATION_TIME" || timex.Parent?.Name.LocalName == "DCT";
        return (tid, day, dct);
    }

    private static XDocument Load(string source)
    {
        // The document was read once already, so it is well-formed; DTDs stay refused as in TimeMlReader.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(source), settings);
        return XDocument.Load(reader);
    }

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial Regex CalendarRegex();
}
