namespace Timeline.Ingest;

/// <summary>One non-blank line of an article's body: where it starts, and its text with the whitespace collapsed.</summary>
internal readonly record struct BodyLine(int Start, int Length, string Text)
{
    /// <summary>The body's non-blank lines, in order.</summary>
    public static List<BodyLine> Of(string body)
    {
        var lines = new List<BodyLine>();
        var start = 0;
        while (start <= body.Length)
        {
            var end = body.IndexOf('\n', start);
            if (end < 0) end = body.Length;
            var text = Ingest.TextCleanup.CollapseWhitespace(body[start..end]);
            if (text.Length > 0) lines.Add(new BodyLine(start, end - start, text));
            start = end + 1;
        }

        return lines;
    }

    public int WordCount => Text.Count(c => c == ' ') + 1;
}
