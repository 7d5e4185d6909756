namespace Timeline.Ingest;

/// <summary>Turns a character index into the 1-based line and column that diagnostics print.</summary>
internal static class TextPosition
{
    public static (int Line, int Column) FromIndex(string text, int index)
    {
        index = Math.Clamp(index, 0, text.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }
}
