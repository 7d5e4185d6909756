using System.Xml;

namespace Timeline.Evaluation;

/// <summary>
/// Finds where the TEXT content and the top-level link elements sit in the raw XML string,
/// so a writer can replace them and leave every other byte as it was.
/// </summary>
internal sealed class XmlSourceMap
{
    private static readonly HashSet<string> LinkElements = ["TLINK", "SLINK", "ALINK", "MAKEINSTANCE"];
    private static readonly HashSet<string> InlineAnnotations = ["EVENT", "SIGNAL", "TIMEX3"];

    private readonly string _source;
    private readonly List<int> _lineStarts = [0];

    public XmlSourceMap(string source)
    {
        _source = source;
        for (var i = 0; i < source.Length; i++)
        {
            // Line breaks as the XML parser counts them: \r\n, \r or \n.
            if (source[i] == '\n' || (source[i] == '\r' && (i + 1 == source.Length || source[i + 1] != '\n')))
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>The TEXT element's content span; for an empty <c>&lt;TEXT/&gt;</c>, the span of its <c>/&gt;</c>.</summary>
    public (int Start, int End, bool SelfClosing) TextContent { get; private set; } = (-1, -1, false);

    /// <summary>Start and end tags of EVENT, SIGNAL and TIMEX3 outside TEXT and DCT (some headlines carry them); their text stays.</summary>
    public List<(int Start, int End)> OuterTags { get; } = [];

    /// <summary>Spans of TLINK, SLINK, ALINK and MAKEINSTANCE elements directly under the root, whole lines when alone on one.</summary>
    public List<(int Start, int End)> Links { get; } = [];

    public static XmlSourceMap Build(string source)
    {
        var map = new XmlSourceMap(source);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(source), settings);
        var info = (IXmlLineInfo)reader;
        var openAnnotations = new Stack<int>();
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && openAnnotations.TryPeek(out var depth) && depth == reader.Depth)
            {
                openAnnotations.Pop();
                var close = map.Offset(info) - 2; // the reader points at the name, after '</'
                map.OuterTags.Add((close, map.TagEnd(close)));
            }

            if (reader.NodeType != XmlNodeType.Element) continue;
            var open = map.Offset(info) - 1; // the reader points at the name, after '<'
            var tagEnd = map.TagEnd(open);
            if (reader.LocalName == "TEXT" && map.TextContent.Start < 0)
            {
                map.TextContent = reader.IsEmptyElement ? (tagEnd - 2, tagEnd, true) : (tagEnd, map.CloseOf(reader, info).Open, false);
            }
            else if (reader.Depth == 1 && LinkElements.Contains(reader.LocalName))
            {
                var end = reader.IsEmptyElement ? tagEnd : map.CloseOf(reader, info).End;
                map.Links.Add(map.WholeLine(open, end));
            }
            else if (reader.LocalName == "DCT" && !reader.IsEmptyElement)
            {
                map.CloseOf(reader, info); // the DCT keeps its TIMEX3
            }
            else if (InlineAnnotations.Contains(reader.LocalName))
            {
                map.OuterTags.Add((open, tagEnd));
                if (!reader.IsEmptyElement) openAnnotations.Push(reader.Depth);
            }
        }

        return map;
    }

    private int Offset(IXmlLineInfo info) => _lineStarts[info.LineNumber - 1] + info.LinePosition - 1;

    /// <summary>Reads to the element's end tag; returns where it opens ('&lt;') and ends (after '&gt;').</summary>
    private (int Open, int End) CloseOf(XmlReader reader, IXmlLineInfo info)
    {
        var depth = reader.Depth;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
            {
                var open = Offset(info) - 2; // after '</'
                return (open, TagEnd(open));
            }
        }

        throw new InvalidOperationException("the XML reader ended inside an element it had opened");
    }

    /// <summary>The offset just after the '&gt;' closing the tag that opens at <paramref name="open"/>, quotes respected.</summary>
    private int TagEnd(int open)
    {
        char quote = '\0';
        for (var i = open + 1; i < _source.Length; i++)
        {
            var c = _source[i];
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
        }

        throw new InvalidOperationException("a tag the XML reader accepted has no closing '>'");
    }

    private (int Start, int End) WholeLine(int start, int end)
    {
        var lineStart = start;
        while (lineStart > 0 && _source[lineStart - 1] is ' ' or '\t') lineStart--;
        var lineEnd = end;
        while (lineEnd < _source.Length && _source[lineEnd] is ' ' or '\t' or '\r') lineEnd++;
        var alone = (lineStart == 0 || _source[lineStart - 1] == '\n') && lineEnd < _source.Length && _source[lineEnd] == '\n';
        return alone ? (lineStart, lineEnd + 1) : (start, end);
    }
}
