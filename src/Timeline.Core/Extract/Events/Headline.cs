namespace Timeline.Extract.Events;

/// <summary>An event's title and the offset in the article where the words it tells end.</summary>
public sealed record Headline(string Title, int End);
