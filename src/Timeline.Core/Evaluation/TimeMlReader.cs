using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Timeline.Diagnostics;

namespace Timeline.Evaluation;

/// <summary>Reads a TimeML (.tml) document: DCT, TEXT without tags, and TIMEX3 and EVENT offsets into that text.</summary>
public sealed class TimeMlReader
{
    /// <summary>Reads a file; returns null and reports a TL05xx diagnostic when it cannot be used.</summary>
    public TimeMlDocument? Read(string path, DiagnosticBag diagnostics)
    {
        string source;
        try
        {
            source = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error("TL0500", path, 0, 0, $"cannot read the file: {e.Message}"));
            return null;
        }

        return Parse(source, path, diagnostics);
    }

    /// <summary>Parses TimeML held in a string; <paramref name="path"/> only names it in diagnostics.</summary>
    public TimeMlDocument? Parse(string source, string path, DiagnosticBag diagnostics)
    {
        XDocument xml;
        try
        {
            // DTDs are refused: a TimeML file needs none, and refusing them keeps entity expansion safe.
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(source), settings);
            xml = XDocument.Load(reader, LoadOptions.PreserveWhitespace | LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            diagnostics.Add(Diagnostic.Error("TL0501", path, e.LineNumber, e.LinePosition, $"not well-formed XML: {FirstSentence(e.Message)}"));
            return null;
        }

        var textElement = xml.Descendants().FirstOrDefault(e => e.Name.LocalName == "TEXT");
        if (textElement is null)
        {
            diagnostics.Add(Diagnostic.Error("TL0502", path, 0, 0, "no <TEXT> element: not a TimeML document"));
            return null;
        }

        var dct = xml.Descendants().FirstOrDefault(e => e.Name.LocalName == "TIMEX3" && IsCreationTime(e));
        var dctValue = dct?.Attribute("value")?.Value;
        var builder = new StringBuilder();
        var timexes = new List<GoldTimex>();
        var events = new List<GoldEvent>();
        Walk(textElement, builder, timexes, events);
        return new TimeMlDocument
        {
            Path = path,
            Source = source,
            DocId = xml.Descendants().FirstOrDefault(e => e.Name.LocalName == "DOCID")?.Value.Trim(),
            DctTid = dct?.Attribute("tid")?.Value,
            DctValue = dctValue,
            Dct = ParseDate(dctValue),
            Text = builder.ToString(),
            Timexes = timexes,
            Events = events,
        };
    }

    private static void Walk(XElement element, StringBuilder text, List<GoldTimex> timexes, List<GoldEvent> events)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText t: // XCData derives from XText: its content is text too
                    text.Append(t.Value);
                    break;
                case XElement child when child.Name.LocalName == "TIMEX3" && !IsCreationTime(child):
                    var start = text.Length;
                    Walk(child, text, timexes, events);
                    timexes.Add(new GoldTimex
                    {
                        Tid = child.Attribute("tid")?.Value ?? "",
                        Start = start,
                        Text = text.ToString(start, text.Length - start),
                        Type = child.Attribute("type")?.Value ?? "",
                        Value = child.Attribute("value")?.Value ?? "",
                        Mod = child.Attribute("mod")?.Value,
                        Freq = child.Attribute("freq")?.Value,
                        Quant = child.Attribute("quant")?.Value,
                    });
                    break;
                case XElement child when child.Name.LocalName == "EVENT":
                    var eventStart = text.Length;
                    Walk(child, text, timexes, events);
                    events.Add(new GoldEvent
                    {
                        Eid = child.Attribute("eid")?.Value ?? "",
                        Start = eventStart,
                        Text = text.ToString(eventStart, text.Length - eventStart),
                        Class = child.Attribute("class")?.Value ?? "",
                    });
                    break;
                case XElement child:
                    Walk(child, text, timexes, events);
                    break;
                default: // comments and processing instructions are not text
                    break;
            }
        }
    }

    private static bool IsCreationTime(XElement timex) =>
        timex.Attribute("functionInDocument")?.Value == "CREATION_TIME"
        || timex.Parent?.Name.LocalName == "DCT";

    private static DateOnly? ParseDate(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Line ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut].TrimEnd() : message;
    }
}
