namespace Timeline.Ingest;

/// <summary>One paragraph of plain text and the 0-based line, relative to the parsed text, where it starts.</summary>
internal readonly record struct TextBlock(string Text, int Line, bool IsHeading);
